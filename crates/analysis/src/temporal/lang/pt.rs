//! Portuguese: month and weekday names, explicit and relative dates.

use crate::temporal::grammar::{Lexicon, Rule};
use crate::temporal::make::*;
use crate::temporal::value::{Holiday, Lean, Unit};

pub static LEXICON: Lexicon = Lexicon {
    months: &[
        ("janeiro", 1),
        ("fevereiro", 2),
        ("março", 3),
        ("marco", 3),
        ("abril", 4),
        ("maio", 5),
        ("junho", 6),
        ("julho", 7),
        ("agosto", 8),
        ("setembro", 9),
        ("outubro", 10),
        ("novembro", 11),
        ("dezembro", 12),
    ],
    weekdays: &[
        ("segunda-feira", 1),
        ("terça-feira", 2),
        ("quarta-feira", 3),
        ("quinta-feira", 4),
        ("sexta-feira", 5),
        ("sábado", 6),
        ("domingo", 7),
    ],
    numbers: &[
        ("um", 1.0),
        ("uma", 1.0),
        ("dois", 2.0),
        ("duas", 2.0),
        ("três", 3.0),
        ("quatro", 4.0),
        ("cinco", 5.0),
        ("seis", 6.0),
        ("sete", 7.0),
        ("oito", 8.0),
        ("nove", 9.0),
        ("dez", 10.0),
        ("vinte", 20.0),
        ("trinta", 30.0),
        ("cem", 100.0),
        ("alguns", -1.0),
        ("algumas", -1.0),
        ("vários", -1.0),
    ],
    units: &[
        ("segundo", Unit::Second),
        ("segundos", Unit::Second),
        ("minuto", Unit::Minute),
        ("minutos", Unit::Minute),
        ("hora", Unit::Hour),
        ("horas", Unit::Hour),
        ("dia", Unit::Day),
        ("dias", Unit::Day),
        ("semana", Unit::Week),
        ("semanas", Unit::Week),
        ("mês", Unit::Month),
        ("meses", Unit::Month),
        ("ano", Unit::Year),
        ("anos", Unit::Year),
        ("década", Unit::Decade),
        ("décadas", Unit::Decade),
        ("século", Unit::Century),
    ],
    day_suffix: "º",
    dayparts: &[("manhã", "MO"), ("tarde", "AF"), ("noite", "NI")],
    seasons: &[
        ("primavera", "SP"),
        ("verão", "SU"),
        ("outono", "FA"),
        ("inverno", "WI"),
    ],
    ordinals: &[],
    holidays: &[
        ("natal", Holiday::Fixed { month: 12, day: 25 }),
        ("véspera de natal", Holiday::Fixed { month: 12, day: 24 }),
        ("ano novo", Holiday::Fixed { month: 1, day: 1 }),
        ("páscoa", Holiday::Easter(0)),
        ("sexta-feira santa", Holiday::Easter(-2)),
    ],
};

static DEIXIS: &[(&str, i32)] = &[
    ("anteontem", -2),
    ("ontem", -1),
    ("hoje", 0),
    ("amanhã", 1),
    ("depois de amanhã", 2),
];

pub static RULES: &[Rule] = &[
    Rule {
        name: "date/pt/day-month-year",
        pattern: r"{day}\s+de\s+{month}\s+de\s+{year}",
        example: "19 de dezembro de 2022",
        build: date,
    },
    Rule {
        name: "date/pt/day-month",
        pattern: r"{day}\s+de\s+{month}",
        example: "19 de dezembro",
        build: date,
    },
    Rule {
        name: "date/pt/month-year",
        pattern: r"{month}\s+de\s+{year}",
        example: "dezembro de 2022",
        build: date,
    },
    Rule {
        name: "date/pt/ago",
        pattern: r"(?:há\s+{num}\s+{unit}|{num2}\s+{unit2}\s+atrás)",
        example: "há três dias",
        build: |c| {
            if c.has("num2") {
                let n = c.number("num2")?.unwrap_or(1.0) as i32;
                return Some(crate::temporal::value::Timex::shift(c.unit("unit2")?, -n));
            }
            shifted(c, -1)
        },
    },
    Rule {
        name: "date/pt/relative-unit",
        pattern: r"(?:(?:a\s+semana|o\s+mês|o\s+ano)\s+(?:passad[oa]|que\s+vem|próxim[oa])|(?:n?est[ea])\s+(?:semana|mês|ano))",
        example: "a semana passada",
        build: relative_by_words,
    },
    Rule {
        name: "date/pt/deictic-day",
        pattern: r"(?:anteontem|depois\s+de\s+amanhã|ontem|hoje|amanhã)",
        example: "ontem",
        build: |c| deictic(c, DEIXIS),
    },
    Rule {
        name: "date/pt/weekday",
        pattern: r"{weekday}",
        example: "terça-feira",
        build: |c| weekday(c, Lean::Nearest),
    },
    Rule {
        name: "date/pt/month",
        pattern: r"{month}",
        example: "dezembro",
        build: bare_month,
    },
    Rule {
        name: "date/holiday",
        pattern: r"{holiday}(?:,?\s+{year})?",
        example: "Natal",
        build: |c| holiday(c, Lean::Nearest),
    },
];
