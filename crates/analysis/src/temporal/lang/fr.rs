//! French: month and weekday names, explicit and relative dates.

use crate::case::ToLower;
use crate::temporal::grammar::{Lexicon, Rule};
use crate::temporal::make::*;
use crate::temporal::value::{Holiday, Lean, Unit};

pub static LEXICON: Lexicon = Lexicon {
    months: &[
        ("janvier", 1),
        ("janv", 1),
        ("février", 2),
        ("fevrier", 2),
        ("févr", 2),
        ("mars", 3),
        ("avril", 4),
        ("avr", 4),
        ("mai", 5),
        ("juin", 6),
        ("juillet", 7),
        ("juil", 7),
        ("août", 8),
        ("aout", 8),
        ("septembre", 9),
        ("sept", 9),
        ("octobre", 10),
        ("oct", 10),
        ("novembre", 11),
        ("nov", 11),
        ("décembre", 12),
        ("decembre", 12),
        ("déc", 12),
    ],
    weekdays: &[
        ("lundi", 1),
        ("mardi", 2),
        ("mercredi", 3),
        ("jeudi", 4),
        ("vendredi", 5),
        ("samedi", 6),
        ("dimanche", 7),
    ],
    numbers: &[
        ("un", 1.0),
        ("une", 1.0),
        ("deux", 2.0),
        ("trois", 3.0),
        ("quatre", 4.0),
        ("cinq", 5.0),
        ("six", 6.0),
        ("sept", 7.0),
        ("huit", 8.0),
        ("neuf", 9.0),
        ("dix", 10.0),
        ("onze", 11.0),
        ("douze", 12.0),
        ("vingt", 20.0),
        ("trente", 30.0),
        ("cent", 100.0),
        ("quelques", -1.0),
        ("plusieurs", -1.0),
    ],
    units: &[
        ("seconde", Unit::Second),
        ("secondes", Unit::Second),
        ("minute", Unit::Minute),
        ("minutes", Unit::Minute),
        ("heure", Unit::Hour),
        ("heures", Unit::Hour),
        ("jour", Unit::Day),
        ("jours", Unit::Day),
        ("semaine", Unit::Week),
        ("semaines", Unit::Week),
        ("mois", Unit::Month),
        ("an", Unit::Year),
        ("ans", Unit::Year),
        ("année", Unit::Year),
        ("années", Unit::Year),
        ("décennie", Unit::Decade),
        ("décennies", Unit::Decade),
        ("siècle", Unit::Century),
    ],
    day_suffix: "er",
    dayparts: &[
        ("matin", "MO"),
        ("après-midi", "AF"),
        ("soir", "EV"),
        ("nuit", "NI"),
    ],
    seasons: &[
        ("printemps", "SP"),
        ("été", "SU"),
        ("automne", "FA"),
        ("hiver", "WI"),
    ],
    ordinals: &[],
    holidays: &[
        ("noël", Holiday::Fixed { month: 12, day: 25 }),
        ("le jour de l'an", Holiday::Fixed { month: 1, day: 1 }),
        ("le nouvel an", Holiday::Fixed { month: 1, day: 1 }),
        ("la saint-sylvestre", Holiday::Fixed { month: 12, day: 31 }),
        ("la toussaint", Holiday::Fixed { month: 11, day: 1 }),
        ("pâques", Holiday::Easter(0)),
        ("le lundi de pâques", Holiday::Easter(1)),
        ("le vendredi saint", Holiday::Easter(-2)),
    ],
};

static DEIXIS: &[(&str, i32)] = &[
    ("avant-hier", -2),
    ("hier", -1),
    ("aujourd'hui", 0),
    ("aujourd’hui", 0),
    ("demain", 1),
    ("après-demain", 2),
];

pub static RULES: &[Rule] = &[
    Rule {
        name: "date/fr/day-month-year",
        pattern: r"{day}\s+{month}\s+{year}",
        example: "19 décembre 2022",
        build: date,
    },
    Rule {
        name: "date/fr/day-month",
        pattern: r"{day}\s+{month}",
        example: "1er mars",
        build: date,
    },
    Rule {
        name: "date/fr/month-year",
        pattern: r"{month}\s+{year}",
        example: "décembre 2022",
        build: date,
    },
    Rule {
        name: "date/fr/ago",
        pattern: r"il\s+y\s+a\s+{num}\s+{unit}",
        example: "il y a trois jours",
        build: |c| shifted(c, -1),
    },
    Rule {
        name: "date/fr/relative-unit",
        pattern: r"(?:(?:la\s+semaine|le\s+mois|l['’]année|l['’]an)\s+(?:dernière|dernier|passée|passé|prochaine|prochain)|(?:cette\s+(?:semaine|année)|ce\s+mois))",
        example: "la semaine dernière",
        build: relative_by_words,
    },
    Rule {
        name: "date/fr/relative-weekday",
        pattern: r"{weekday}\s+(?:dernier|prochain)",
        example: "lundi dernier",
        build: |c| {
            let lean = if c.text.to_lower().ends_with("dernier") {
                Lean::Past
            } else {
                Lean::Future
            };
            weekday(c, lean)
        },
    },
    Rule {
        name: "date/fr/deictic-day",
        pattern: r"(?:avant-hier|après-demain|aujourd['’]hui|hier|demain)",
        example: "aujourd'hui",
        build: |c| deictic(c, DEIXIS),
    },
    Rule {
        name: "date/fr/weekday",
        pattern: r"{weekday}",
        example: "mardi",
        build: |c| weekday(c, Lean::Nearest),
    },
    Rule {
        name: "date/fr/month",
        pattern: r"(?:janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre)",
        example: "décembre",
        build: |c| {
            let m = crate::temporal::grammar::lookup(c.lexicon.months, c.text)?;
            Some(crate::temporal::value::Timex::date(
                crate::temporal::value::Fields {
                    month: Some(m),
                    ..Default::default()
                },
                crate::model::Grain::Month,
            ))
        },
    },
    Rule {
        name: "date/holiday",
        pattern: r"{holiday}(?:,?\s+{year})?",
        example: "Noël",
        build: |c| holiday(c, Lean::Nearest),
    },
];
