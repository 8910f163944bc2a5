//! Spanish: month and weekday names, explicit and relative dates.

use crate::case::ToLower;
use crate::temporal::grammar::{Lexicon, Rule};
use crate::temporal::make::*;
use crate::temporal::value::{Holiday, Lean, Unit};

pub static LEXICON: Lexicon = Lexicon {
    months: &[
        ("enero", 1),
        ("febrero", 2),
        ("marzo", 3),
        ("abril", 4),
        ("mayo", 5),
        ("junio", 6),
        ("julio", 7),
        ("agosto", 8),
        ("septiembre", 9),
        ("setiembre", 9),
        ("octubre", 10),
        ("noviembre", 11),
        ("diciembre", 12),
    ],
    weekdays: &[
        ("lunes", 1),
        ("martes", 2),
        ("miércoles", 3),
        ("miercoles", 3),
        ("jueves", 4),
        ("viernes", 5),
        ("sábado", 6),
        ("sabado", 6),
        ("domingo", 7),
    ],
    numbers: &[
        ("un", 1.0),
        ("una", 1.0),
        ("dos", 2.0),
        ("tres", 3.0),
        ("cuatro", 4.0),
        ("cinco", 5.0),
        ("seis", 6.0),
        ("siete", 7.0),
        ("ocho", 8.0),
        ("nueve", 9.0),
        ("diez", 10.0),
        ("veinte", 20.0),
        ("treinta", 30.0),
        ("cien", 100.0),
        ("varios", -1.0),
        ("varias", -1.0),
        ("unos", -1.0),
        ("unas", -1.0),
    ],
    units: &[
        ("segundo", Unit::Second),
        ("segundos", Unit::Second),
        ("minuto", Unit::Minute),
        ("minutos", Unit::Minute),
        ("hora", Unit::Hour),
        ("horas", Unit::Hour),
        ("día", Unit::Day),
        ("días", Unit::Day),
        ("dia", Unit::Day),
        ("dias", Unit::Day),
        ("semana", Unit::Week),
        ("semanas", Unit::Week),
        ("mes", Unit::Month),
        ("meses", Unit::Month),
        ("año", Unit::Year),
        ("años", Unit::Year),
        ("década", Unit::Decade),
        ("décadas", Unit::Decade),
        ("siglo", Unit::Century),
    ],
    day_suffix: "º",
    dayparts: &[("mañana", "MO"), ("tarde", "AF"), ("noche", "NI")],
    seasons: &[
        ("primavera", "SP"),
        ("verano", "SU"),
        ("otoño", "FA"),
        ("invierno", "WI"),
    ],
    ordinals: &[],
    holidays: &[
        ("navidad", Holiday::Fixed { month: 12, day: 25 }),
        ("nochebuena", Holiday::Fixed { month: 12, day: 24 }),
        ("nochevieja", Holiday::Fixed { month: 12, day: 31 }),
        ("año nuevo", Holiday::Fixed { month: 1, day: 1 }),
        ("día de reyes", Holiday::Fixed { month: 1, day: 6 }),
        ("viernes santo", Holiday::Easter(-2)),
    ],
};

static DEIXIS: &[(&str, i32)] = &[
    ("anteayer", -2),
    ("ayer", -1),
    ("hoy", 0),
    ("mañana", 1),
    ("pasado mañana", 2),
];

pub static RULES: &[Rule] = &[
    Rule {
        name: "date/es/day-month-year",
        pattern: r"{day}\s+de\s+{month}\s+(?:de|del)\s+{year}",
        example: "19 de diciembre de 2022",
        build: date,
    },
    Rule {
        name: "date/es/day-month",
        pattern: r"{day}\s+de\s+{month}",
        example: "19 de diciembre",
        build: date,
    },
    Rule {
        name: "date/es/month-year",
        pattern: r"{month}\s+(?:de|del)\s+{year}",
        example: "diciembre de 2022",
        build: date,
    },
    Rule {
        name: "date/es/ago",
        pattern: r"hace\s+{num}\s+{unit}",
        example: "hace tres días",
        build: |c| shifted(c, -1),
    },
    Rule {
        name: "date/es/relative-unit",
        pattern: r"(?:(?:la\s+semana|el\s+mes|el\s+año)\s+(?:pasad[oa]|próxim[oa]|que\s+viene)|(?:est[ea])\s+(?:semana|mes|año))",
        example: "la semana pasada",
        build: relative_by_words,
    },
    Rule {
        name: "date/es/relative-weekday",
        pattern: r"(?:el\s+)?{weekday}\s+(?:pasado|próximo)",
        example: "el lunes pasado",
        build: |c| {
            let lean = if c.text.to_lower().ends_with("pasado") {
                Lean::Past
            } else {
                Lean::Future
            };
            weekday(c, lean)
        },
    },
    Rule {
        name: "date/es/deictic-day",
        pattern: r"(?:anteayer|pasado\s+mañana|ayer|hoy|mañana)",
        example: "ayer",
        build: |c| deictic(c, DEIXIS),
    },
    Rule {
        name: "date/es/weekday",
        pattern: r"{weekday}",
        example: "martes",
        build: |c| weekday(c, Lean::Nearest),
    },
    Rule {
        name: "date/es/month",
        pattern: r"{month}",
        example: "diciembre",
        build: bare_month,
    },
    Rule {
        name: "date/holiday",
        pattern: r"{holiday}(?:,?\s+{year})?",
        example: "Navidad",
        build: |c| holiday(c, Lean::Nearest),
    },
];
