//! Per-language word tables: reporting verbs, pronouns, determiners, roles and titles.
//!
//! Every table is lower case. A language without its own table (nl, pl, sv) reads English
//! cues too, since news in those languages quotes English sources often; names and marks
//! work the same everywhere.

use crate::lang::{Lang, PerLang};
use crate::wordlist::Words;

/// The words attribution reads, for one language.
pub struct Lexicon {
    /// Reporting verbs of speech and writing ("said", "sagte", "a déclaré" → "déclaré").
    pub speech: Words,
    /// Reporting verbs that take reported content without marks ("said the talks failed").
    pub reporting: Words,
    /// Verbs of thought and stance, reported speech only with a person as subject.
    pub stance: Words,
    /// Two-word cues whose speaker follows ("according to").
    pub according: &'static [(&'static str, &'static str)],
    /// One-word cues whose speaker follows ("laut", "selon", "segundo").
    pub according_one: Words,
    /// Male and female singular personal pronouns as subjects.
    pub he: Words,
    pub she: Words,
    /// Possessives that reveal gender ("his", "her").
    pub his: Words,
    pub her: Words,
    /// Words that may stand between a subject and its verb ("also", "has", "later").
    pub between: Words,
    /// Words that start a nominal ("the", "a", "his").
    pub determiners: Words,
    /// Complementisers that open reported content ("that").
    pub that: Words,
    /// Verbs of public statement that a body makes as well as a person ("announced that",
    /// "warned that"): with a that-clause they report speech whoever the subject is.
    pub statement: Words,
}

static LEXICONS: PerLang<&Lexicon> = PerLang {
    en: &EN,
    de: &DE,
    fr: &FR,
    es: &ES,
    it: &IT,
    pt: &PT,
    ru: &RU,
};

/// The lexicon of `lang` (English's for languages without one).
pub fn lexicon(lang: Lang) -> &'static Lexicon {
    LEXICONS.of(lang)
}

/// True when `w` is in a language's own table or in English's: one lookup when they are the
/// same table.
fn in_either(own: &Words, en: &Words, w: &str) -> bool {
    own.has(w) || !std::ptr::eq(own, en) && en.has(w)
}

impl Lexicon {
    /// True for a reporting verb of speech (or one of English's, which every text may hold).
    pub fn is_speech(&self, w: &str) -> bool {
        in_either(&self.speech, &EN.speech, w)
    }
    /// True for the first word of an "according to" cue ("according", "selon", "laut").
    pub fn is_according(&self, w: &str) -> bool {
        let own = |l: &Lexicon| l.according_one.has(w) || l.according.iter().any(|(a, _)| *a == w);
        own(self) || !std::ptr::eq(self, &EN) && own(&EN)
    }
    pub fn is_reporting(&self, w: &str) -> bool {
        in_either(&self.reporting, &EN.reporting, w)
            || self.speech.has(w) && !std::ptr::eq(self, &EN)
    }
    pub fn is_stance(&self, w: &str) -> bool {
        in_either(&self.stance, &EN.stance, w)
    }
    pub fn is_between(&self, w: &str) -> bool {
        in_either(&self.between, &EN.between, w)
    }
    pub fn is_determiner(&self, w: &str) -> bool {
        in_either(&self.determiners, &EN.determiners, w)
    }
    /// True for an English verb of attitude ([`ATTITUDE`]).
    pub fn is_attitude(&self, w: &str) -> bool {
        ATTITUDE.has(w)
    }
    /// True for a verb of public statement ([`Lexicon::statement`]), in this language or English.
    pub fn is_statement(&self, w: &str) -> bool {
        in_either(&self.statement, &EN.statement, w)
    }
    pub fn is_that(&self, w: &str) -> bool {
        in_either(&self.that, &EN.that, w)
    }
    /// The gender a pronoun or possessive states, if it is one.
    pub fn pronoun_gender(&self, w: &str) -> Option<Gender> {
        if in_either(&self.he, &EN.he, w) {
            Some(Gender::Male)
        } else if in_either(&self.she, &EN.she, w) {
            Some(Gender::Female)
        } else {
            None
        }
    }
    pub fn possessive_gender(&self, w: &str) -> Option<Gender> {
        if in_either(&self.his, &EN.his, w) {
            Some(Gender::Male)
        } else if in_either(&self.her, &EN.her, w) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// English verbs of attitude whose object is a stance a person takes in public ("criticised
/// the plan", "called for a ban", "declined to comment"): reported speech when a person is
/// their subject. Verbs of perception and private thought ("felt", "found", "knew") are not,
/// nor verbs whose object is as often a thing as a stance ("denied a request", "cited a
/// study").
#[rustfmt::skip]
pub static ATTITUDE: Words = Words::new(concat!(
    "call calls called calling seek seeks sought decline declines declined refuse refuses ",
    "refused describe describes described propose proposes proposed accuse accuses accused ",
    "express expresses expressed support supports supported endorse endorses endorsed blast ",
    "blasts blasted defend defends defended criticize criticizes criticized criticise criticises ",
    "criticised blame blames blamed praise praises praised urge urges urged dismiss dismisses ",
    "dismissed attack attacks attacked reject rejects rejected mock mocks mocked oppose opposes ",
    "opposed repeat repeats repeated remind reminds reminded demand demands demanded slam slams ",
    "slammed condemn condemns condemned question questions questioned welcome welcomes welcomed ",
    "hail hails hailed tout touts touted want wants wanted threaten threatens threatened promise ",
    "promises vow vows pledge pledges lament laments lamented echo echoes echoed recommend ",
    "recommends recommended applaud applauds applauded decry decries decried ridicule ridiculed ",
    "dispute disputes disputed challenge challenges challenged bemoan bemoans bemoaned denounce ",
    "denounces denounced rebuke rebukes rebuked lambasted assailed derided chided voiced ",
    "extolled downplayed outlined backed portrayed portrays portray speculated speculates ",
    "thanked discussed discusses ",
    // participles, read after a comma ("…, denouncing the plan")
    "supporting denouncing backing slamming echoing criticizing praising blasting attacking ",
    "repeating defending rejecting dismissing ",
));

/// Common first names that are nearly always a woman's, lower case.
#[rustfmt::skip]
pub static FEMALE_FIRST_NAMES: Words = Words::new(concat!(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty ",
    "margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah ",
    "stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela ",
    "nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria ",
    "heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn ",
    "judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara ",
    "janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly ",
    "danielle theresa sophia marie diana brittany natalie isabella charlotte rose katy katie ",
    "kate nikki elena sofia ingrid greta angelika monika claire sophie isabelle nathalie marta ",
    "giulia francesca chiara ana carmen lucia irina olga natalia tatiana svetlana yulia anne ",
    "jane susanne petra ursula sabine eva nadia fatima aisha priya mei chelsea michele madeleine ",
));

/// Common first names that are nearly always a man's, lower case.
#[rustfmt::skip]
pub static MALE_FIRST_NAMES: Words = Words::new(concat!(
    "james robert john michael david william richard joseph thomas charles christopher daniel ",
    "matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ",
    "ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin ",
    "scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry ",
    "tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy ",
    "christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse ",
    "bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene ",
    "vincent russell elijah louis bobby philip johnny mike bill vladimir alexei sergei dmitry ",
    "igor ivan nikolai hans klaus jürgen wolfgang stefan pierre jean-pierre jacques françois ",
    "emmanuel giuseppe giovanni luca carlos luis miguel pedro antonio ahmed mohammed muhammad ",
    "ali omar hassan doug jim tom bob dave steve tim chris nick ben sam dan rick ken hugh ian ",
    "neil martin brett jens lars olaf boris theo ",
));

/// Role nouns: what a nominal speaker is ("the spokeswoman", "der Sprecher").
#[rustfmt::skip]
pub static ROLES: Words = Words::new(concat!(
    // heads of state and government
    "president leader head chancellor premier minister king queen prince monarch ruler dictator ",
    "counterpart governor mayor senator congressman congresswoman lawmaker legislator ",
    "representative candidate nominee frontrunner front-runner secretary ambassador envoy ",
    "diplomat official officials spokesman spokeswoman spokesperson spokespeople spokesmen aide ",
    "adviser advisor chairman chairwoman chair director chief executive ceo founder owner ",
    "manager commander general officer judge justice prosecutor lawyer attorney economist ",
    "analyst analysts expert experts professor researcher scientist doctor author writer ",
    "activist campaigner critic critics source sources witness witnesses resident residents ",
    "politician strategist pollster coach player captain star actor actress singer businessman ",
    "businesswoman billionaire president-elect prime pope bishop priest cleric superintendent ",
    "principal teacher student councillor councilor mp mep deputy vice organiser organizer ",
    "founder partner member members worker workers union police spokesperson woman man mother ",
    "father wife husband daughter son sister brother friend neighbour neighbor victim survivor ",
    "entrepreneur investor banker chef farmer nurse officer agent representatives supporters ",
    "opponents voters observers insiders ",
    // de / fr / es / it / pt / ru heads
    "präsident präsidentin kanzler kanzlerin sprecher sprecherin minister ministerin chef chefin ",
    "président présidente porte-parole ministre chef dirigeant presidente portavoz ministro ",
    "ministra líder portavoce porta-voz президент глава лидер министр премьер представитель ",
    "пресс-секретарь ",
));

/// Role nouns that name whoever leads a country ("the head of state", "the Russian leader").
#[rustfmt::skip]
pub static LEADER_ROLES: Words = Words::new(concat!(
    "president leader head chancellor premier king queen monarch ruler prime counterpart ",
    "präsident präsidentin kanzler kanzlerin président présidente presidente líder президент ",
    "глава лидер ",
));

/// Capitalised words that title a name and are dropped from it ("President", "Mr").
#[rustfmt::skip]
pub static TITLES: Words = Words::new(concat!(
    "mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister ",
    "premier chancellor secretary senator sen rep representative congressman congresswoman gov ",
    "governor mayor judge justice chief general gen lt col sgt capt captain commander admiral ",
    "ambassador king queen prince princess pope father rev reverend rabbi imam sheikh coach ",
    "officer detective sergeant inspector constable deputy speaker leader former foreign defense ",
    "defence interior finance economy energy climate health education justice trade labour labor ",
    "agriculture transport culture presidential aide chairman chairwoman director executive ceo ",
    "cfo spokesman spokeswoman spokesperson attorney assistant associate dean head mp mep ",
    "councillor councilor state staff of democratic republican gop conservative liberal labour ",
    "candidate nominee frontrunner hopeful rival incumbent herr frau monsieur madame mme señor ",
    "señora sr sra don doña signor signora präsident präsidentin kanzler kanzlerin bundeskanzler ",
    "bundeskanzlerin ministerpräsident président presidente ministre ministro ministra jr sr ",
    "chief lieutenant colonel major private corporal marshal field sheriff superintendent ",
    "commissioner director-general secretary-general president-elect first lady party house ",
    "senate u.s us un bürgermeister bürgermeisterin ministerin staatssekretär abgeordnete ",
    "sprecher sprecherin maire député alcalde alcaldesa sindaco prefeito prefeita мэр министр ",
    "президент губернатор ",
));

/// Capitalised words that never begin or form a person's name.
#[rustfmt::skip]
pub static NOT_NAMES: Words = Words::new(concat!(
    "hours days weeks months years minutes signs media pollsters polls voters democrats ",
    "republicans americans officials critics the a an in on at but and or he she it they we i ",
    "you this that these those his her their our its my after before when while if as for from ",
    "with by to of so yet also still however meanwhile there here then now what who why how ",
    "where which some many most all no not one two three both each every other such since until ",
    "although though because despite under over about according monday tuesday wednesday ",
    "thursday friday saturday sunday january february march april may june july august september ",
    "october november december last next earlier later today yesterday tomorrow photo read more ",
    "said says thanks like just even only well yes oh mr mrs ms dr der die das le la les el los ",
    "las il lo gli un une ein eine o os в и на но он она они мы я это по с за god christmas ",
    "easter internet ed editor note update updated watch video advertisement story continues ",
    "below once rather instead perhaps maybe indeed thus hence therefore whether during without ",
    "within across along among amid around against between beyond through throughout toward ",
    "towards upon via unlike including following asked again already finally first second third ",
    "sometimes often recently currently tonight overall together otherwise nor neither either ",
    "any another few several much less least very too please thank dear hello hi ok okay those ",
    "everyone nobody someone anyone while where whose whom although unless whereas besides ",
    "beside near next off out up down behind below above inside outside after before new old big ",
    "good great best worst people we're i'm it's that's there's here's what's let's ",
));

/// Country and nationality adjectives are recognised by these endings plus this list.
#[rustfmt::skip]
pub static NATIONALITIES: Words = Words::new(concat!(
    "russian belarusian belarussian ukrainian american british french german chinese japanese ",
    "korean finnish estonian latvian lithuanian polish swedish norwegian danish dutch belgian ",
    "swiss austrian italian spanish portuguese greek turkish iranian iraqi syrian israeli ",
    "palestinian egyptian saudi indian pakistani afghan canadian mexican brazilian argentine ",
    "argentinian chilean australian irish scottish welsh english hungarian czech slovak romanian ",
    "bulgarian serbian croatian georgian armenian azerbaijani kazakh uzbek vietnamese thai ",
    "indonesian filipino nigerian kenyan ethiopian venezuelan colombian cuban peruvian moldovan ",
    "icelandic european african asian arab nordic baltic quebec ontario federal provincial u.s ",
    "us uk eu ",
));

/// True for a nationality adjective ("Belarusian", "Estonian").
pub fn is_nationality(lower: &str) -> bool {
    NATIONALITIES.has(lower)
}

#[rustfmt::skip]
static EN: Lexicon = Lexicon {
    reporting: Words::new(concat!(
        "say says said saying tell tells told telling add adds added adding note notes noted ",
        "noting stress stresses stressed explain explains explained write writes wrote tweeted ",
        "stated declared argue argues argued arguing claim claims claimed claiming insist ",
        "insists insisted warn warns warned warning emphasized emphasised acknowledged ",
        "acknowledges admitted admits contends contended maintained maintains asserted predicted ",
        "predicts suggested suggests recalled recalls replied conceded concedes concluded ",
        "confirmed announced announces believe believes believed think thinks thought reiterated ",
        "testified complained agreed agrees hopes fears worries estimates estimated promised ",
        "vowed pledged alleged alleges reported reports indicated revealed observed remarked ",
        "cautioned countered mentioned says ",
    )),
    speech: Words::new(concat!(
        "fumed lamented laments marveled marvelled griped groused vented bragged thundered ",
        "beamed gushed pressed demanded pleaded interjected chimed recalled wondered mused say ",
        "says said saying tell tells told telling add adds added adding note notes noted noting ",
        "stress stresses stressed stressing explain explains explained explaining write writes ",
        "wrote writing tweet tweets tweeted tweeting posted state states stated stating declare ",
        "declares declared declaring announce announces announced announcing argue argues argued ",
        "arguing claim claims claimed claiming insist insists insisted insisting warn warns ",
        "warned warning emphasize emphasizes emphasized emphasizing emphasise emphasised ",
        "emphasises emphasising acknowledge acknowledges acknowledged acknowledging admit admits ",
        "admitted admitting deny denies denied denying reply replies replied replying respond ",
        "responds responded responding answer answers answered ask asks asked asking recall ",
        "recalls recalled recalling suggest suggests suggested suggesting propose proposes ",
        "proposed proposing promise promises promised promising vow vows vowed vowing pledge ",
        "pledges pledged pledging urge urges urged urging predict predicts predicted predicting ",
        "report reports reported reporting confirm confirms confirmed confirming reveal reveals ",
        "revealed revealing indicate indicates indicated indicating assert asserts asserted ",
        "asserting contend contends contended maintain maintains maintained concede concedes ",
        "conceded conceding complain complains complained complaining agree agrees agreed ",
        "agreeing accuse accuses accused accusing criticize criticizes criticized criticizing ",
        "criticise criticised blame blames blamed blaming call calls called calling describe ",
        "describes described describing estimate estimates estimated mention mentions mentioned ",
        "mentioning observe observes observed remark remarks remarked comment comments commented ",
        "commenting joke jokes joked joking quip quipped shout shouted yelled cry cried whisper ",
        "whispered continue continued continues conclude concluded concludes point points ",
        "pointed pointing express expressed expresses expressing hint hinted hints boast boasted ",
        "boasts testify testified testifies recount recounted explain charge charged charges ",
        "allege alleged alleges alleging vowed threaten threatened threatens advise advised ",
        "advises caution cautioned cautions reiterate reiterated reiterates repeat repeated ",
        "repeats dismiss dismissed dismisses reject rejected rejects defend defended defends ",
        "demand demanded demands demanding counter countered counters retort retorted recommend ",
        "recommended recommends conclude stressed underline underlined underlines highlight ",
        "highlighted highlights emailed texted posted wrote mused muses sighed laughed added ",
        "elaborated clarified specified disclosed informed assured reassured reminded stated ",
        "conceded acknowledged proclaimed exclaimed objected protested questioned wondered ",
        "wonders ventured surmised predicted forecast forecasts projected implied implies ",
        "announced echoed echoes insisted opined cited cites citing blurted snapped scoffed ",
        "sniffed quips jokes chimed interjected recalls relates related pleaded begged urges ",
        "vows wrote tells stresses notes adds explains argues insists warns ",
    )),
    stance: Words::new(concat!(
        "believe believes believed think thinks thought hope hopes hoped fear fears feared ",
        "expect expects expected feel feels felt want wants wanted know knows knew worry worries ",
        "worried doubt doubts doubted consider considers considered understand understands ",
        "understood find finds found show shows showed shown see sees saw support supports ",
        "supported oppose opposes opposed recognize recognizes recognized realize realized ",
        "realizes decide decided decides plan plans planned seek seeks sought refuse refused ",
        "refuses decline declined declines endorse endorsed endorses favor favors favored prefer ",
        "prefers preferred welcome welcomed welcomes praise praised praises condemn condemned ",
        "condemns attack attacked attacks slam slammed slams blast blasted blasts mock mocked ",
        "mocks question assume assumed argue imply ",
        // verbs of attitude read only for their object ("decried the plan")
        "applaud applauded applauds criticises decried decries decry dispute disputed disputes ",
        "echo hail hailed hails lament questions ridicule ridiculed tout touted touts bemoan ",
        "bemoans bemoaned denounce denounces denounced rebuke rebukes rebuked lambasted assailed ",
        "derided chided voiced extolled downplayed outlined backed portrayed portrays portray ",
        "speculated speculates thanked discussed discusses ",
    )),
    according: &[("according", "to"), ("quoted", "by"), ("cited", "by")],
    according_one: Words::new(""),
    he: Words::new("he"),
    she: Words::new("she"),
    his: Words::new("his him himself"),
    her: Words::new("her hers herself"),
    between: Words::new(concat!(
        "also then later again further previously recently repeatedly has had have was were is ",
        "are will would could can may might should must did does do once never not only just ",
        "already still first earlier often frequently publicly privately reportedly openly ",
        "clearly explicitly simply quickly bluntly flatly angrily firmly calmly quietly loudly ",
        "proudly flatly initially subsequently finally ultimately immediately since long always ",
        "often sometimes usually even herself himself personally being been had who allegedly ",
        "privately separately likewise similarly nonetheless however though too all both ",
    )),
    determiners: Words::new(concat!(
        "the a an his her their its our this that one another two three several some many other ",
        "both each ",
    )),
    that: Words::new("that"),
    statement: Words::new(concat!(
        "announced announces declared declares warned warns argued argues arguing asserted ",
        "asserts claimed claims claiming complained complains noted notes added adds wrote ",
        "writes stated states alleged alleges alleging announcing warning ",
    )),
};

#[rustfmt::skip]
static DE: Lexicon = Lexicon {
    reporting: Words::new(""),
    speech: Words::new(concat!(
        "sagte sagt sagten gesagt sagen erklärte erklärt betonte betont fügte fügt meinte meint ",
        "schrieb schreibt twitterte teilte teilt kündigte warnte warnt forderte fordert ",
        "versprach bestätigte räumte unterstrich ergänzte ergänzt sprach berichtete antwortete ",
        "fragte so hieß erläuterte behauptete kritisierte verwies zitiert bekräftigte mahnte ",
    )),
    stance: Words::new("glaubt glaubte hofft hoffte findet fand denkt dachte"),
    according: &[("zufolge", "")],
    according_one: Words::new("laut zufolge"),
    he: Words::new("er"),
    she: Words::new("sie"),
    his: Words::new("sein seine seinen seinem seiner"),
    her: Words::new("ihr ihre ihren ihrem ihrer"),
    between: Words::new("auch noch dann später zudem außerdem bereits hat habe"),
    determiners: Words::new("der die das ein eine sein seine ihr ihre"),
    that: Words::new("dass daß"),
    statement: Words::new("erklärte erklärt kündigte warnte warnt teilte teilt betonte"),
};

#[rustfmt::skip]
static FR: Lexicon = Lexicon {
    reporting: Words::new(""),
    speech: Words::new(concat!(
        "dit déclaré déclare affirmé affirme ajouté ajoute souligné souligne expliqué explique ",
        "estimé estime indiqué indique précisé précise écrit tweeté annoncé annonce assuré ",
        "assure insisté insiste martelé rappelé rappelle noté note lancé répondu répond confié ",
        "confie averti prévenu reconnu reconnaît poursuivi poursuit conclu dénoncé dénonce jugé ",
        "juge raconte raconté observe observé commenté fait demandé demande interrogé déplore ",
        "déploré s'est a-t-il a-t-elle dit-il dit-elle explique-t-il explique-t-elle ",
    )),
    stance: Words::new("pense pensé croit cru espère espéré craint"),
    according: &[("d'après", "")],
    according_one: Words::new("selon"),
    he: Words::new("il"),
    she: Words::new("elle"),
    his: Words::new(""),
    her: Words::new(""),
    between: Words::new("a avait aussi également encore ensuite alors t"),
    determiners: Words::new("le la les un une l son sa ses"),
    that: Words::new("que qu"),
    statement: Words::new("annoncé annonce déclaré déclare averti affirmé affirme indiqué"),
};

#[rustfmt::skip]
static ES: Lexicon = Lexicon {
    reporting: Words::new(""),
    speech: Words::new(concat!(
        "dijo dice declaró afirmó afirma añadió añade agregó agrega subrayó destacó explicó ",
        "explica señaló señala indicó indica aseguró asegura escribió tuiteó anunció advirtió ",
        "insistió recordó sostuvo manifestó expresó comentó respondió preguntó apuntó reconoció ",
        "precisó enfatizó dicho aseveró denunció criticó ",
    )),
    stance: Words::new("cree creyó piensa pensó espera esperó considera consideró"),
    according: &[("de", "acuerdo")],
    according_one: Words::new("según"),
    he: Words::new("él"),
    she: Words::new("ella"),
    his: Words::new(""),
    her: Words::new(""),
    between: Words::new("también además luego ha había ya"),
    determiners: Words::new("el la los las un una su sus"),
    that: Words::new("que"),
    statement: Words::new("anunció declaró advirtió afirmó afirma señaló indicó"),
};

#[rustfmt::skip]
static IT: Lexicon = Lexicon {
    reporting: Words::new(""),
    speech: Words::new(concat!(
        "detto dice disse dichiarato dichiara affermato afferma aggiunto aggiunge sottolineato ",
        "sottolinea spiegato spiega osservato osserva scritto scrive annunciato annuncia ",
        "ribadito ribadisce precisato precisa assicurato assicura insistito ricordato ricorda ",
        "commentato commenta risposto risponde evidenziato evidenzia avvertito denunciato ",
        "twittato ",
    )),
    stance: Words::new("pensa crede ritiene spera teme"),
    according: &[("secondo", "")],
    according_one: Words::new("secondo"),
    he: Words::new("lui egli"),
    she: Words::new("lei ella"),
    his: Words::new(""),
    her: Words::new(""),
    between: Words::new("ha aveva anche poi inoltre già"),
    determiners: Words::new("il lo la i gli le un una uno l suo sua"),
    that: Words::new("che"),
    statement: Words::new("annunciato annuncia dichiarato dichiara avvertito affermato afferma"),
};

#[rustfmt::skip]
static PT: Lexicon = Lexicon {
    reporting: Words::new(""),
    speech: Words::new(concat!(
        "disse diz declarou declara afirmou afirma acrescentou acrescenta destacou destaca ",
        "explicou explica sublinhou salientou ressaltou observou escreveu anunciou garantiu ",
        "assegurou insistiu lembrou comentou respondeu perguntou apontou reconheceu alertou ",
        "advertiu frisou enfatizou tuitou dito defendeu criticou avaliou ",
    )),
    stance: Words::new("acredita acreditou pensa espera considera considerou"),
    according: &[("de", "acordo")],
    according_one: Words::new("segundo conforme"),
    he: Words::new("ele"),
    she: Words::new("ela"),
    his: Words::new(""),
    her: Words::new(""),
    between: Words::new("também ainda depois já tem havia"),
    determiners: Words::new("o a os as um uma seu sua"),
    that: Words::new("que"),
    statement: Words::new("anunciou declarou declara advertiu alertou afirmou afirma"),
};

#[rustfmt::skip]
static RU: Lexicon = Lexicon {
    reporting: Words::new(""),
    speech: Words::new(concat!(
        "сказал сказала сказали заявил заявила заявили отметил отметила отметили подчеркнул ",
        "подчеркнула добавил добавила добавили пояснил пояснила объяснил объяснила написал ",
        "написала сообщил сообщила сообщили говорит говорил говорила считает признал признала ",
        "напомнил напомнила указал указала ответил ответила спросил спросила рассказал ",
        "рассказала уточнил уточнила предупредил предупредила выразил выразила констатировал ",
        "резюмировал убежден уверен уверена ",
    )),
    stance: Words::new("считает полагает думает надеется убеждён"),
    according: &[("по", "словам"), ("по", "мнению"), ("как", "сообщил")],
    according_one: Words::new("согласно"),
    he: Words::new("он"),
    she: Words::new("она"),
    his: Words::new("его"),
    her: Words::new("её ее"),
    between: Words::new("также тоже ещё еще уже затем вновь снова при этом"),
    determiners: Words::new(""),
    that: Words::new("что"),
    statement: Words::new("заявил заявила заявили сообщил сообщила сообщили предупредил предупредила"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_verbs_of_public_speech_in_every_table() {
        assert!(lexicon(Lang::Fr).is_statement("annoncé"));
        assert!(lexicon(Lang::Ru).is_statement("заявили"));
        assert!(lexicon(Lang::De).is_statement("announced"));
        assert!(!lexicon(Lang::En).is_statement("estimated"));
        assert!(!lexicon(Lang::En).is_statement("insisted"));
    }

    #[test]
    fn every_language_reads_english_cues() {
        assert!(lexicon(Lang::De).is_speech("said"));
        assert!(lexicon(Lang::De).is_speech("sagte"));
        assert!(lexicon(Lang::Ru).is_speech("заявил"));
        assert!(!lexicon(Lang::En).is_speech("table"));
        assert_eq!(
            lexicon(Lang::Fr).pronoun_gender("elle"),
            Some(Gender::Female)
        );
    }
}
