//! The context pass on texts written for Lede: a short line inside the article stays, short
//! lines in a boilerplate run go, in English, German and French.

use lede_analysis::boilerplate;
use lede_analysis::document::prepare;
use lede_analysis::{Config, InputKind, Lang};

/// The kept lines and the reason of each line.
fn run(text: &str, lang: Lang) -> Vec<(String, bool, String)> {
    let doc = prepare(text, InputKind::Text);
    boilerplate::classify(&doc, lang, &Config::default())
        .into_iter()
        .map(|b| (text[b.start..b.end].to_string(), b.kept, b.reason))
        .collect()
}

fn kept(result: &[(String, bool, String)], line: &str) -> bool {
    result
        .iter()
        .find(|r| r.0 == line)
        .unwrap_or_else(|| panic!("no block {line:?}"))
        .1
}

#[test]
fn english_short_line_inside_the_article_stays() {
    let text = "Home\nWorld\nBusiness\nSport\n\
        The harbour authority said on Monday that the northern pier would stay closed for at least two more weeks while divers inspect the damage left by the storm.\n\
        Repairs are expected to cost more than the town's yearly budget for roads, and the council has asked the regional government for help with the bill.\n\
        Nobody was hurt.\n\
        Fishermen have moved their boats to the southern basin, where space is short and the queue for the crane starts before dawn, one of them told reporters at the quay.\n\
        The authority will publish a timetable for the repairs once the divers have finished their survey of the pier and its foundations.\n\
        Weather\nContact\nJobs\n";
    let r = run(text, Lang::En);
    assert!(kept(&r, "Nobody was hurt."), "{r:#?}");
    for nav in ["Home", "World", "Business", "Weather", "Contact", "Jobs"] {
        assert!(!kept(&r, nav), "{nav} kept: {r:#?}");
    }
    let reason = &r.iter().find(|x| x.0 == "Nobody was hurt.").unwrap().2;
    assert!(reason.starts_with("context/"), "{reason}");
}

#[test]
fn german_short_lines_in_a_boilerplate_run_go() {
    let text = "Startseite\nPolitik\nWirtschaft\n\
        Die Stadtwerke haben am Dienstag angekündigt, dass die Preise für Fernwärme im kommenden Jahr um etwa acht Prozent steigen werden, weil die Kosten für Gas gestiegen sind.\n\
        Der Bürgermeister sagte, man werde die Erhöhung im Rat noch einmal prüfen und mit den Vertretern der Mieter darüber sprechen, bevor die neuen Preise gelten.\n\
        Viele Haushalte im Norden der Stadt sind auf die Fernwärme angewiesen, weil es dort keine anderen Anschlüsse gibt und ein Umbau sehr teuer wäre.\n\
        Beliebte Artikel\nNeue Brücke über den Fluss\nMarkt am Samstag abgesagt\nImpressum\n";
    let r = run(text, Lang::De);
    assert!(kept(
        &r,
        "Viele Haushalte im Norden der Stadt sind auf die Fernwärme angewiesen, weil es dort keine anderen Anschlüsse gibt und ein Umbau sehr teuer wäre."
    ));
    for line in [
        "Startseite",
        "Beliebte Artikel",
        "Neue Brücke über den Fluss",
        "Markt am Samstag abgesagt",
        "Impressum",
    ] {
        assert!(!kept(&r, line), "{line} kept: {r:#?}");
    }
}

#[test]
fn french_article_keeps_its_short_quote_line() {
    let text = "Accueil\nInternational\n\
        Le gouvernement a présenté mercredi un plan pour rénover les écoles de la région, avec un budget qui doit être voté par le parlement avant la fin du mois de juin.\n\
        « C'est une priorité », a dit la ministre.\n\
        Les syndicats d'enseignants ont salué l'annonce, mais ils demandent que les travaux commencent dès l'été et que les communes soient aidées pour les dossiers.\n\
        Selon le ministère, plus de trois cents établissements sont concernés par le plan, dont une centaine dans les zones rurales où les bâtiments sont les plus anciens.\n\
        Mentions légales\n";
    let r = run(text, Lang::Fr);
    assert!(
        kept(&r, "« C'est une priorité », a dit la ministre."),
        "{r:#?}"
    );
    assert!(!kept(&r, "Accueil") && !kept(&r, "Mentions légales"));
}
