//! Named cue lists: lines whose wording says what they are, in the ten languages Lede knows.
//!
//! Each family has a name that becomes the block's reason (`cue/<family>`). Phrase families
//! match the whole block after normalisation (lower case, no trailing punctuation, counts or
//! arrows); pattern families match a regular expression; the share row matches when every word
//! belongs to the share-and-report vocabulary.

use super::features::Features;
use crate::case::ToLower;
use crate::pattern::{built, portable};
use crate::wordlist::Words;
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Whole-block phrases, by family.
const PHRASES: &[(&str, &[&str])] = &[
    (
        "related",
        &[
            "related",
            "related articles",
            "related stories",
            "related posts",
            "related news",
            "related content",
            "related coverage",
            "more coverage",
            "related topics",
            "read more",
            "read also",
            "read next",
            "more from",
            "more stories",
            "more news",
            "more on this story",
            "more on this topic",
            "you may also like",
            "you might also like",
            "recommended",
            "recommended for you",
            "most popular",
            "most read",
            "popular",
            "trending",
            "latest news",
            "latest",
            "editor's picks",
            "top stories",
            "also read",
            "see also",
            "das könnte sie auch interessieren",
            "das könnte dich auch interessieren",
            "mehr zum thema",
            "weitere artikel",
            "lesen sie auch",
            "auch interessant",
            "meistgelesen",
            "weitere nachrichten",
            "ähnliche artikel",
            "ähnliche beiträge",
            "verwandte artikel",
            "zum thema",
            "neueste artikel",
            "beliebte artikel",
            "à lire aussi",
            "a lire aussi",
            "lire aussi",
            "sur le même sujet",
            "articles similaires",
            "les plus lus",
            "leer más",
            "te puede interesar",
            "noticias relacionadas",
            "lo más leído",
            "artículos relacionados",
            "leggi anche",
            "articoli correlati",
            "i più letti",
            "potrebbe interessarti",
            "leia também",
            "veja também",
            "notícias relacionadas",
            "mais lidas",
            "lees ook",
            "meest gelezen",
            "gerelateerde artikelen",
            "läs också",
            "läs mer",
            "mest läst",
            "relaterade artiklar",
            "czytaj także",
            "czytaj też",
            "zobacz też",
            "zobacz także",
            "najczęściej czytane",
            "читайте также",
            "похожие новости",
            "похожие статьи",
            "самое читаемое",
            "related topics",
            "explore further",
            "more articles",
            "more like this",
            "weitere beiträge",
            "weitere beiträge zu",
            "zum weiterlesen",
            "das thema könnte dich auch interessieren",
            "das könnte ihnen auch gefallen",
            "das könnte dir auch gefallen",
            "neueste beiträge",
            "neue beiträge",
            "aktuelle beiträge",
            "vielleicht auch",
            "weitere themen",
            "weitere meldungen",
            "articles correspondants",
            "dans la même rubrique",
            "à voir aussi",
            "también te puede interesar",
            "más noticias",
            "altri articoli",
            "ti potrebbe interessare",
            "mais notícias",
            "você pode gostar",
            "meer nieuws",
            "andere artikelen",
            "fler artiklar",
            "inne artykuły",
            "inne artykuły autora",
            "podobne artykuły",
            "другие новости",
            "ещё по теме",
        ],
    ),
    (
        "more",
        &[
            "show more",
            "load more",
            "see more",
            "view more",
            "more",
            "mehr anzeigen",
            "mehr laden",
            "mehr",
            "weiterlesen",
            "weiter",
            "voir plus",
            "afficher plus",
            "ver más",
            "cargar más",
            "mostra altro",
            "carica altro",
            "ver mais",
            "carregar mais",
            "toon meer",
            "meer laden",
            "visa mer",
            "ladda fler",
            "pokaż więcej",
            "więcej",
            "показать ещё",
            "показать еще",
            "ещё",
            "continue reading",
            "read the full story",
        ],
    ),
    (
        "author",
        &[
            "author",
            "authors",
            "about the author",
            "about the authors",
            "about author",
            "über den autor",
            "über die autorin",
            "über die autoren",
            "zum autor",
            "zur autorin",
            "autor",
            "autorin",
            "autoreninfo",
            "à propos de l'auteur",
            "à propos de l’auteur",
            "l'auteur",
            "l’auteur",
            "sobre el autor",
            "sobre la autora",
            "sobre o autor",
            "sull'autore",
            "over de auteur",
            "om författaren",
            "o autorze",
            "об авторе",
        ],
    ),
    (
        "comments",
        &[
            "comments",
            "comment",
            "leave a comment",
            "leave a reply",
            "add a comment",
            "post a comment",
            "write a comment",
            "join the discussion",
            "join the conversation",
            "discussion",
            "kommentare",
            "kommentar",
            "kommentar schreiben",
            "schreibe einen kommentar",
            "diskussion",
            "commentaires",
            "commentaire",
            "laisser un commentaire",
            "réagir",
            "comentarios",
            "comentario",
            "deja un comentario",
            "commenti",
            "commento",
            "lascia un commento",
            "comentários",
            "deixe um comentário",
            "reacties",
            "reactie",
            "geef een reactie",
            "kommentarer",
            "lämna en kommentar",
            "komentarze",
            "komentarz",
            "dodaj komentarz",
            "комментарии",
            "комментарий",
            "leider sind keine kommentare möglich",
            "comments are closed",
            "kommentare sind geschlossen",
            "kommentarfunktion",
            "kommentieren",
            "kommentar verfassen",
            "kommentar hinzufügen",
            "hinterlasse eine antwort",
            "hinterlasse einen kommentar",
            "antworten",
            "reply",
            "antwort",
            "répondre",
            "responder",
            "rispondi",
            "beantwoorden",
            "svara",
            "odpowiedz",
            "ответить",
            "show comments",
            "view comments",
            "kommentare anzeigen",
        ],
    ),
    (
        "feedback",
        &[
            "was this article helpful",
            "was this helpful",
            "war dieser artikel hilfreich",
            "fanden sie diesen artikel nützlich",
            "hat ihnen der artikel gefallen",
            "cet article vous a-t-il été utile",
            "¿te ha resultado útil",
            "ti è stato utile",
            "rate this article",
            "artikel bewerten",
            "report an error",
            "fehler melden",
            "signaler une erreur",
            "send feedback",
            "feedback",
        ],
    ),
    (
        "embed",
        &[
            "externer inhalt",
            "empfohlener redaktioneller inhalt",
            "external content",
            "contenu externe",
            "contenido externo",
            "contenuto esterno",
            "inhalt laden",
            "load content",
            "externen inhalt laden",
        ],
    ),
    (
        "share",
        &[
            "beitrag teilen",
            "inhalt teilen",
            "artikel teilen",
            "seite teilen",
            "url zum kopieren",
            "link kopieren",
            "copy link",
            "share this article",
            "teilen mit",
            "diesen beitrag teilen",
            "gefällt mir",
            "gefällt mir wird geladen",
            "like this",
            "like loading",
            "partager",
            "partager sur",
            "share this story",
            "share this",
            "partager cet article",
            "compartir este artículo",
            "condividi questo articolo",
            "compartilhe",
            "deel dit artikel",
            "dela artikeln",
        ],
    ),
    (
        "advertisement",
        &[
            "advertisement",
            "advertising",
            "ad",
            "sponsored",
            "sponsored content",
            "anzeige",
            "werbung",
            "publicité",
            "publicidad",
            "pubblicità",
            "publicidade",
            "advertentie",
            "annons",
            "reklama",
            "реклама",
        ],
    ),
    (
        "navigation",
        &[
            "home",
            "recent posts",
            "recent comments",
            "blogroll",
            "archives",
            "neueste kommentare",
            "letzte kommentare",
            "neueste beiträge",
            "archiv",
            "articles récents",
            "commentaires récents",
            "entradas recientes",
            "comentarios recientes",
            "menu",
            "search",
            "sign in",
            "log in",
            "login",
            "sign up",
            "register",
            "subscribe",
            "subscribe now",
            "back to top",
            "skip to content",
            "skip to main content",
            "close",
            "open",
            "next",
            "previous",
            "startseite",
            "suche",
            "anmelden",
            "registrieren",
            "zum inhalt springen",
            "nach oben",
            "schließen",
            "navigation",
            "hauptmenü",
            "accueil",
            "rechercher",
            "se connecter",
            "fermer",
            "inicio",
            "buscar",
            "iniciar sesión",
            "cerrar",
            "cerca",
            "accedi",
            "chiudi",
            "início",
            "pesquisar",
            "entrar",
            "fechar",
            "zoeken",
            "inloggen",
            "sluiten",
            "hem",
            "sök",
            "logga in",
            "stäng",
            "szukaj",
            "zaloguj",
            "zamknij",
            "главная",
            "поиск",
            "войти",
            "закрыть",
            "impressum",
            "datenschutz",
            "kontakt",
            "imprint",
            "privacy policy",
            "privacy",
            "terms of use",
            "terms of service",
            "contact",
            "contact us",
            "about us",
            "rss",
            "rss-feed",
            "sitemap",
            "newsletter",
            "archiv",
            "archive",
            "kategorien",
            "categories",
            "print edition",
            "e-paper",
            "epaper",
            "mentions légales",
            "aviso legal",
            "política de privacidad",
            "nota legale",
            "colofon",
            "sekretess",
            "polityka prywatności",
            "english edition",
            "edition",
        ],
    ),
    (
        "pagination",
        &[
            "next post",
            "previous post",
            "next article",
            "previous article",
            "older posts",
            "newer posts",
            "vorheriger beitrag",
            "nächster beitrag",
            "nachfolgender beitrag",
            "vorheriger artikel",
            "nächster artikel",
            "article précédent",
            "article suivant",
            "artículo anterior",
            "artículo siguiente",
            "articolo precedente",
            "articolo successivo",
            "artigo anterior",
            "próximo artigo",
            "vorig artikel",
            "volgend artikel",
            "föregående",
            "nästa",
            "poprzedni",
            "następny",
            "предыдущая",
            "следующая",
        ],
    ),
];

/// Words a share, print or report row is made of.
static SHARE_WORDS: Words = Words::new(concat!(
    "share shares sharing tweet email e mail print facebook twitter x whatsapp linkedin ",
    "pinterest reddit telegram xing flipboard copy link copied send an save comments comment ",
    "report fact checking dmca autentic sources corrections messenger threads bluesky mastodon ",
    "vk ok viber on via this article story text size font listen audio teilen drucken artikel ",
    "versenden merken kopieren partager imprimer envoyer compartir imprimir enviar condividi ",
    "stampa invia partilhar compartilhar delen afdrukken dela skriv ut udostępnij drukuj ",
    "поделиться печать to a friend gift instagram youtube tiktok rss feed snapchat follow us ",
    "folgen sie uns suivez nous síguenos seguici siga nos volg ons följ oss obserwuj nas google ",
    "news play app store ",
));

/// The phrase tables as one map: normalised phrase → family.
fn phrase_map() -> &'static FxHashMap<&'static str, &'static str> {
    static M: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = FxHashMap::default();
        for (family, phrases) in PHRASES {
            for p in *phrases {
                m.entry(*p).or_insert(*family);
            }
        }
        m
    })
}

fn share_set() -> &'static FxHashSet<&'static str> {
    static S: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| SHARE_WORDS.iter().collect())
}

fn normalise(text: &str) -> String {
    let mut s = text.trim().to_lower();
    // "Comments (12)", "Related ›", "Tags:" and the like
    loop {
        let before = s.len();
        s = s
            .trim_end_matches(|c: char| {
                c.is_ascii_digit() || c.is_whitespace() || ":.!?()[]»›>→|-–—…+»▶".contains(c)
            })
            .trim_start_matches(|c: char| c.is_whitespace() || "«‹<←|-–—•·▶".contains(c))
            .to_string();
        if s.len() == before {
            break;
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Bytes of lazy-DFA cache for the larger cue patterns.
const DFA_CACHE: usize = 16 << 20;

struct Patterns {
    /// Each pattern's family, in the order of `set`.
    list: Vec<(&'static str, &'static str)>,
    /// All of `list` at once: one scan finds which match.
    set: regex::RegexSet,
}

const MONTHS: &str = "jan(?:uary|uar|vier|eiro|uari)?|feb(?:ruary|ruar|rero|braio|ruari)?|febr|f[ée]vrier|mar(?:ch|s|zo|ço|ts)?|märz|maart|apr(?:il|ile|il)?|avril|abril|ma[iy]|mai|may|mayo|maggio|maio|mei|maj|jun[ei]?|juin|junio|giugno|junho|juli?|juillet|julio|luglio|julho|aug(?:ust|usti|ustus)?|août|agosto|sep(?:t|tember|tembre|tiembre|tembro)?|settembre|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|outubro|nov(?:ember|embre|iembre|embro)?|dec(?:ember|embre)?|dez(?:ember|embro)?|d[ée]cembre|diciembre|dicembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";

fn date_re() -> String {
    format!(
        r"(?i:(?:\d{{1,2}}\.?\s*(?:{m})\.?,?(?:\s+\d{{4}})?|(?:{m})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:.+Z-]+)?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|(?:{m})\s+\d{{4}}))",
        m = MONTHS
    )
}

const TIME_RE: &str = r"(?i:(?-u:\b)\d{1,2}[:.]\d{2}(?-u:\b)(?::\d{2})?(?:\s*(?:a\.?m\.?|p\.?m\.?|uhr|h|et|est|edt|cet|cest|mez|mesz|gmt|utc|bst|msk))?)";

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        // only the set is compiled: it alone is searched
        let p = |family: &'static str, re: &'static str| (family, re);
        let list = vec![
                p(
                    "author",
                    r"^(?:About|Über|À propos de|Sobre|Over)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}$",
                ),
                p("byline", r"^(?i:photo of)\s.+\s(?i:send an email)"),
                p(
                    "byline",
                    r"^(?i:by|von|par|por|di|door|av|от|autor|autorin|author|texte?|redaktion|written by|reporting by|geschrieben von|publié par|escrito por|scritto da|geschreven door|skriven av|napisał|napisała)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:(?i:and|und|et|y|e|en|och|i|и|&)\s+)?\p{Lu}[\p{L}.'’-]*){0,5}(?:\s*[|,–—-]\s*.{0,60})?$",
                ),
                p(
                    "reading-time",
                    r"(?i)(?-u:\b)\d+\s*(?:-\s*)?(?:minutes?|mins?\.?|min\.?|minuten|minute|minutos|minuti|minuter|minut|минут\w*)\s+(?:read|reading|de lecture|lesezeit|lesedauer|de lectura|di lettura|de leitura|leestijd|läsning|lästid|czytania|чтения)(?-u:\b)",
                ),
                p(
                    "reading-time",
                    r"(?i)^(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lästid|czas czytania|время чтения)(?-u:\b)",
                ),
                p(
                    "ago",
                    r"(?i)^(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?|years?)\s+ago$",
                ),
                p(
                    "ago",
                    r"(?i)^(?:vor|il y a|hace|há|fa|sedan|temu|назад)\s+\d+\s*\p{L}+$|^\d+\s*\p{L}+\s+(?:geleden|fa|temu|назад|sedan)$",
                ),
                p(
                    "tags",
                    r"^(?i:tags|tagged|tagged with|schlagworte|schlagwörter|stichworte|stichwörter|themen|thema|mots-clés|mots clés|étiquettes|etiquetas|etichette|trefwoorden|taggar|tagi|теги|метки|keywords|topics|kategorie|kategorien|category|categories|catégories|categorías|rubrik|filed under|posted in|veröffentlicht in)(?-u:\b)\s*:?",
                ),
                p(
                    "newsletter",
                    r"(?i)newsletter|(?-u:\b)subscribe(?-u:\b)|abonnieren|abonnez|suscr[íi]bete|iscriviti|assine|inscreva|abonneer|prenumerera|subskrybuj|zapisz się|подпиш",
                ),
                p(
                    "cookie",
                    r"(?i)(?-u:\b)cookies?(?-u:\b)|datenschutzeinstellungen|datenschutzerklärung|privacy settings|consent",
                ),
                p(
                    "adblock",
                    r"(?i)ad.?block|werbeblocker|werbe-blocker|bloqueador de an[úu]ncios|bloqueur de pub|bloqueador de publicidad|blocco (?:degli )?annunci|advertentieblokker|annonsblockerare|blokad\w* reklam|блокировщик",
                ),
                p(
                    "copyright",
                    r"(?i)^(?:©|\(c\)\s|copyright(?-u:\b))|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|alla rättigheter förbehållna|wszelkie prawa zastrzeżone|все права защищены",
                ),
                p(
                    "photo-credit",
                    r"(?i)^(?:photo|photos|foto|fotos|fotó|image|images|bild|bilder|picture|credit|crédit|crédito|zdjęcie|фото|quelle|source|grafik|illustration)(?:\s+credit)?\s*:|(?:(?-u:\b)foto|(?-u:\b)photo|(?-u:\b)bild|©)\s*:?\s*\p{Lu}|/\s*(?:dpa|afp|reuters|ap|imago|epa|getty images|picture alliance|keystone|ddp)(?-u:\b)|(?:getty images|shutterstock|istockphoto|picture-alliance|picture alliance)",
                ),
                p(
                    "comments",
                    r"(?i)^\d*\s*(?:responses?|comments?|kommentare?|antworten|reactions?|réponses?|commentaires?|comentarios?|commenti|reacties)\s+(?:to|zu|on|auf|à|a|para|su|op)\s|^\d+\s+(?:thoughts? on|gedanken zu|réflexions? sur|reacties op|pensieri su)\s",
                ),
                p(
                    "photo-credit",
                    r"^[\p{L}.-]+(?: [\p{L}.-]+)?\s?/\s?\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+){0,2}$",
                ),
                p("video-duration", r"(?i)^(?:video|play|watch|abspielen|ansehen)(?-u:\b).{0,80}(?-u:\b)\d{1,2}:\d{2}$|^\d{1,2}:\d{2}\s*(?:min|minuten|minutes)?\s*(?:video)?$"),
                p(
                    "credit",
                    r"(?i)^(?:translation|translated)\s+by(?-u:\b)|^(?:übersetzung|übersetzt von|traduction|traduit par|traducción|traducido por|traduzione|tradução|vertaling|översättning|tłumaczenie|перевод)(?-u:\b)",
                ),
                p(
                    "disclaimer",
                    r"(?i)^(?:disclaimer|haftungsausschluss|avertissement|descargo de responsabilidad|esclusione di responsabilità|aviso legal)\s*:",
                ),
                p(
                    "disclaimer",
                    r"(?i)^(?:disclaimer|advertising disclosure|affiliate disclosure|note)\s*(?:\([^)]{0,80}\))?\s*:|(?:views|opinions) (?:and opinions )?expressed (?:in|on|by|here)|do not necessarily reflect|opinions exprimées|n'engagent que|n’engagent que|geben nicht (?:unbedingt |zwingend )?die meinung|spiegeln nicht (?:unbedingt |zwingend )?die meinung",
                ),
                p(
                    "related",
                    r"(?i)^(?:lesen sie (?:auch|hier|mehr)|weitere (?:aktuelle )?(?:themen|berichte|artikel|beiträge|nachrichten|meldungen|produkttests|rezepte)|aktuelle (?:berichte|beiträge|artikel|meldungen|produkttests|themen)|alle (?:nachrichten|artikel|beiträge|meldungen) (?:zu|zum|zur|aus|über)|mehr aus (?:der|dem|dieser)|mehr (?:artikel|beiträge|nachrichten) (?:zu|zum|aus)|more (?:stories|articles|news|posts) (?:from|on|about|in)|(?:new and exciting )?similar (?:dishes|recipes|articles|posts|stories)|vorschau auf den nächsten artikel|nächster artikel|vorheriger artikel|article (?:suivant|précédent)|plus d'articles|dans la même catégorie)(?-u:\b)",
                ),
                p(
                    "post-meta",
                    r"(?i)(?:this (?:entry|post) was posted (?:in|on)|bookmark the permalink|dieser (?:eintrag|beitrag|artikel) wurde .{0,80}(?:veröffentlicht|abgelegt)|der beitrag wurde am .{0,80}veröffentlicht|abgelegt unter|verschlagwortet mit|cet article a été publié (?:dans|le)|esta entrada fue publicada en|(?:posted|publicado|publié|veröffentlicht|pubblicato) (?:by|por|par|von|da)\s*:?.{0,80}(?:categor|kategorie|tags))",
                ),
                p(
                    "privacy",
                    r"(?i)(?:our|unsere[rn]?|notre|nuestra|nostra) (?:privacy policy|datenschutzrichtlinie|datenschutzbestimmungen|politique de confidentialité|política de privacidad|informativa (?:sulla )?privacy)|processing of (?:my|your) personal data|verarbeitung meiner (?:personenbezogenen )?daten",
                ),
                p(
                    "login",
                    r"(?i)^(?:you must be logged in|log in to (?:comment|reply)|sie müssen (?:sich )?(?:eingeloggt|angemeldet|einloggen|anmelden)|bitte (?:registrieren|melden) sie sich|mit (?:der|ihrer) registrierung (?:akzeptieren|stimmen)|um (?:zu )?kommentieren|vous devez être connecté|debes (?:estar registrado|iniciar sesión))",
                ),
                p(
                    "feedback",
                    r"(?i)letters? to the editor|letters@|(?:critiquer|développer|commenter) cet article|schreiben sie uns|leserbrief|teilen sie uns ihre (?:erfahrungen|meinung)|verraten sie (?:uns )?(?:gerne )?in den kommentaren|let us know in the comments|tell us in the comments",
                ),
                p(
                    "newsletter",
                    r"(?i)direkt in (?:dein|ihr) (?:postfach|e-mail-postfach)|straight to your (?:inbox|phone)|delivered to your inbox|never miss (?:a|our|an)|mit (?:dem )?absenden meiner e-mail",
                ),
                p(
                    "donation",
                    r"(?i)^(?:ihr beitrag hilft|ihre spende hilft|jede (?:kleine )?spende hilft|support our journalism|unterstützen sie (?:unseren|unsere) (?:journalismus|arbeit)|soutenez (?:notre|nos)|apoya (?:nuestro|el) periodismo)",
                ),
                p(
                    "photo-credit",
                    r"(?i)\((?:symbolbild|symbolfoto|archivbild|archivfoto|file photo|reuters|afp|ap|dpa|epa|efe)(?:\s*/[^)]{0,60})?\)\.?$",
                ),
        ];
        // a larger lazy-DFA cache: the Unicode classes make many states
        let set = built(
            regex::RegexSetBuilder::new(list.iter().map(|(_, re)| portable(re)))
                .dfa_size_limit(DFA_CACHE)
                .build(),
            "cue set",
        );
        Patterns { list, set }
    })
}

fn dateline_re() -> &'static (Regex, Regex, Regex) {
    static R: OnceLock<(Regex, Regex, Regex)> = OnceLock::new();
    R.get_or_init(|| {
        let date = date_re();
        (
            built(
                regex::RegexBuilder::new(&portable(&format!("{date}|{TIME_RE}")))
                    .dfa_size_limit(DFA_CACHE)
                    .build(),
                "date",
            ),
            built(
                Regex::new(&portable(&format!(
                    r"^(?:{date}\s*,?\s*(?:-|–|,|um|at|à|a las|alle|às|om|kl\.?)?\s*)?{TIME_RE}"
                ))),
                "time",
            ),
            built(
                Regex::new(&portable(&format!(
                    r"^(?:{date}\s*,?\s*)?\d{{1,2}}:\d{{2}}\p{{Lu}}"
                ))),
                "glued",
            ),
        )
    })
}

/// Words that may stand beside a date in a date line ("Published on …", "Updated …").
static DATE_LINE_WORDS: Words = Words::new(concat!(
    "published updated posted on at date last modified am um uhr veröffentlicht aktualisiert ",
    "zuletzt stand erstellt publié le mis à jour publicado actualizado el pubblicato aggiornato ",
    "il alle atualizado em às gepubliceerd bijgewerkt op om publicerad uppdaterad kl ",
    "opublikowano aktualizacja опубликовано обновлено в et est edt gmt utc cet mez pm a m p by ",
    "von de of the h min hours ago monday tuesday wednesday thursday friday saturday sunday ",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi ",
    "vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo mon tue wed ",
    "thu fri sat sun ",
));

/// What a date-or-time line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateLine {
    /// Only a date, perhaps with "Published", a section word: page metadata.
    Metadata,
    /// A time (with or without a date) and nothing else: in a list, it introduces a headline.
    Time,
    /// A time glued to a headline ("December 8, 15:36Parliamentary …").
    GluedHeadline,
}

/// Classifies a short line that is a date or a time with little else.
pub fn date_line(text: &str) -> Option<DateLine> {
    if text.len() > 120 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (any, time, glued) = dateline_re();
    if glued.is_match(text) {
        return Some(DateLine::GluedHeadline);
    }
    if !any.is_match(text) {
        return None;
    }
    let rest = any.replace_all(text, " ");
    let mut others = 0;
    for word in rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let lower = word.to_lower();
        if !DATE_LINE_WORDS.has(lower.as_str()) && !word.chars().all(|c| c.is_ascii_digit()) {
            others += 1;
        }
    }
    if others > 3 {
        return None;
    }
    if others == 0
        && time
            .find(text)
            .is_some_and(|m| m.end() == text.trim_end().len())
    {
        Some(DateLine::Time)
    } else {
        Some(DateLine::Metadata)
    }
}

/// The cue family a block belongs to, if its wording names one.
pub fn family(text: &str, f: &Features) -> Option<&'static str> {
    if f.chars <= 80 {
        let norm = normalise(text);
        if let Some(family) = phrase_map().get(norm.as_str()) {
            return Some(family);
        }
        if is_share_row(&norm) {
            return Some("share");
        }
    }
    if f.chars > 400 {
        return None;
    }
    let patterns = patterns();
    let matched = patterns.set.matches(text);
    for i in matched.iter() {
        let (family, _) = &patterns.list[i];
        let limit = match *family {
            "cookie" | "adblock" | "privacy" => 400,
            "post-meta" | "login" => 400,
            "newsletter" | "copyright" | "disclaimer" | "feedback" | "donation" => 250,
            "related" => 90,
            "byline" | "ago" | "tags" | "video-duration" | "credit" => 120,
            "photo-credit" => 140,
            _ => 200,
        };
        if f.chars <= limit {
            if *family == "photo-credit" && f.sentence_like() && f.chars > 100 {
                continue;
            }
            return Some(family);
        }
    }
    None
}

/// "Jane Doe is a senior reporter for …", "Max Muster ist Redakteur bei …": a sentence that
/// introduces a writer by name and trade (the trade ends a word: `(?:\W|$)` is `\b` after a
/// letter).
pub fn bio_sentence(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        built(Regex::new(&portable(
            r"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:is|was|ist|war|est|es|è|é|is een|är|jest)\s+(?:(?:a|an|the|ein|eine|un|une|uno|una|um|uma|een|en|ett)\s+)?(?:[\p{L}-]+\s+){0,4}(?i:reporter|writer|editor|correspondent|columnist|journalist|contributor|freelancer?|blogger|author|redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|korrespondent(?:in)?|rédact(?:eur|rice)|journaliste|periodista|redactora?|giornalista|jornalista|redacteur|verslaggever|reporter(?:in)?)(?:\W|$)",
        )), "bio pattern")
    })
    .is_match(text.trim())
}

fn is_share_row(norm: &str) -> bool {
    let mut n = 0;
    for word in norm
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !share_set().contains(word) {
            return false;
        }
        n += 1;
    }
    n >= 2
        || matches!(
            norm,
            "share" | "print" | "email" | "tweet" | "teilen" | "drucken"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trade ends a word, as a Unicode `\b` would say: at the end, before a space or
    /// punctuation, and not before any letter.
    #[test]
    fn a_bio_sentence_ends_its_trade_at_a_word_boundary() {
        for bio in [
            "Anna Berg is a reporter",
            "Anna Berg is a senior reporter for the Ledger.",
            "Max Muster ist Redakteurin, Berlin",
            "Élise Roy est journaliste à Lyon",
        ] {
            assert!(bio_sentence(bio), "{bio}");
        }
        for not_bio in [
            "Anna Berg is a reporters' friend",
            "Max Muster ist Redakteurß",
            "Élise Roy est journalisteé",
            "Anna Berg is a reporter_x",
        ] {
            assert!(!bio_sentence(not_bio), "{not_bio}");
        }
    }

    #[test]
    fn date_lines() {
        assert_eq!(date_line("15:39"), Some(DateLine::Time));
        assert_eq!(date_line("December 16, 11:47"), Some(DateLine::Time));
        assert_eq!(date_line("16. Dezember, 11:47"), Some(DateLine::Time));
        assert_eq!(
            date_line("March 5, 18:02Baltic Council meets"),
            Some(DateLine::GluedHeadline)
        );
        assert_eq!(
            date_line("date 2024-03-14 Economy"),
            Some(DateLine::Metadata)
        );
        assert_eq!(
            date_line("Veröffentlicht am 6. August 2009"),
            Some(DateLine::Metadata)
        );
        assert_eq!(
            date_line("Nov. 19, 2019 8:03 am ET"),
            Some(DateLine::Metadata)
        );
        assert_eq!(
            date_line("TALLINN, March 14 – Finnish President Aino Lehtinen opened talks."),
            None
        );
    }
}
