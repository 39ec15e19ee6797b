//! Salaries, currencies and pay periods: seed spellings, real-world
//! spellings, near misses, exact errors and round trips.

mod util;

use nato_post::{Currency, OfficialLanguage, ParseSalaryError, PayPeriod, Salary};
use proptest::prelude::*;
use rust_decimal::Decimal;

#[path = "util/alloc.rs"]
mod counting;

/// The text of every seed notice, or `None` (with the reason printed) when
/// the folder is absent.
fn seeds_text() -> Option<String> {
    util::seeds_joined()
}

fn eur_monthly(cents: i64) -> Salary {
    Salary::new(Decimal::new(cents, 2), Currency::EUR, PayPeriod::Monthly).expect("valid salary")
}

/// Every salary line printed in the five seeds, English and French.
const SEED_SALARIES: [(&str, i64); 9] = [
    ("8,754.21Euro (EUR) Monthly", 875_421),
    ("3,833.04Euro (EUR) Monthly", 383_304),
    ("8 754,21Euro (EUR) Mensuelle", 875_421),
    ("3 833,04Euro (EUR) Mensuelle", 383_304),
    ("Salary (Pay Basis): 8,754.21Euro (EUR) Monthly", 875_421),
    ("Salary (Pay Basis): 3,833.04Euro (EUR) Monthly", 383_304),
    (
        "Salaire (Base de paie) : 8 754,21Euro (EUR) Mensuelle",
        875_421,
    ),
    (
        "Salaire (Base de paie): 8 754,21Euro (EUR) Mensuelle",
        875_421,
    ),
    (
        "Salaire (Base de paie) : 3 833,04Euro (EUR) Mensuelle",
        383_304,
    ),
];

const SEED_PERIODS: [(&str, PayPeriod); 2] = [
    ("Monthly", PayPeriod::Monthly),
    ("Mensuelle", PayPeriod::Monthly),
];

const SEED_CURRENCIES: [&str; 3] = ["Euro (EUR)", "EUR", "Euro"];

#[test]
fn seed_salaries_parse() {
    for (text, cents) in SEED_SALARIES {
        let salary: Salary = text.parse().unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(salary, eur_monthly(cents), "{text:?}");
        assert!(!salary.is_tax_free(), "{text:?}");
    }
    for (text, period) in SEED_PERIODS {
        assert_eq!(text.parse::<PayPeriod>(), Ok(period), "{text:?}");
    }
    for text in SEED_CURRENCIES {
        assert_eq!(text.parse::<Currency>(), Ok(Currency::EUR), "{text:?}");
    }
}

#[test]
fn seed_salary_strings_occur_in_the_seeds() {
    let Some(seeds) = seeds_text() else { return };
    let all = SEED_SALARIES
        .iter()
        .map(|(t, _)| *t)
        .chain(SEED_PERIODS.iter().map(|(t, _)| *t))
        .chain(SEED_CURRENCIES);
    for text in all {
        assert!(seeds.contains(text), "{text:?} does not occur in any seed");
    }
}

#[test]
fn real_world_spellings_parse() {
    let monthly = eur_monthly(875_421);
    let cases: Vec<(&str, Salary)> = vec![
        ("8754.21 EUR monthly", monthly),
        ("8,754.21 EUR monthly", monthly),
        ("8 754,21 EUR monthly", monthly),
        ("8\u{A0}754,21Euro (EUR) Mensuelle", monthly),
        ("8\u{202F}754,21Euro (EUR) Mensuelle", monthly),
        ("8\u{2009}754,21 EUR mensuel", monthly),
        ("EUR 8.754,21 monthly", monthly),
        ("€ 8,754.21 per month", monthly),
        ("€8,754.21/month", monthly),
        ("8'754.21 EUR monthly", monthly),
        ("(8,754.21 EUR monthly).", monthly),
        ("  8,754.21   EUR   Monthly ; ", monthly),
        ("SALARY (PAY BASIS): 8,754.21Euro (EUR) Monthly", monthly),
        ("Salary: 8754.21 EUR monthly", monthly),
        ("Salaire : 8 754,21 euros par mois", monthly),
        ("Monthly: EUR 8,754.21", monthly),
        ("8,754 EUR monthly", eur_monthly(875_400)),
        ("8.754 EUR monthly", eur_monthly(875_400)),
        ("8754 EUR monthly", eur_monthly(875_400)),
        ("8754.2 EUR monthly", eur_monthly(875_420)),
        ("8,75 EUR monthly", eur_monthly(875)),
        ("0 EUR monthly", eur_monthly(0)),
        ("1,234,567.89 EUR monthly", eur_monthly(123_456_789)),
        ("1.234.567,89 EUR monthly", eur_monthly(123_456_789)),
        ("5,725.22 EUR (Monthly)", eur_monthly(572_522)),
        (
            "5,725.22 EUR (Monthly), tax free",
            eur_monthly(572_522).with_tax_free(true),
        ),
        (
            "5,725.22 EUR monthly, tax-free",
            eur_monthly(572_522).with_tax_free(true),
        ),
        (
            "5,725.22 EUR monthly (tax exempt)",
            eur_monthly(572_522).with_tax_free(true),
        ),
        (
            "5 725,22 € mensuel, exonéré d'impôt",
            eur_monthly(572_522).with_tax_free(true),
        ),
        (
            "5 725,22 € mensuel, net d\u{2019}impôt",
            eur_monthly(572_522).with_tax_free(true),
        ),
        (
            "60,000 EUR per year",
            Salary::new(Decimal::new(60_000, 0), Currency::EUR, PayPeriod::Annual).unwrap(),
        ),
        (
            "USD 7,000.50 annually",
            Salary::new(Decimal::new(700_050, 2), Currency::USD, PayPeriod::Annual).unwrap(),
        ),
        (
            "£4,100 p.a.",
            Salary::new(Decimal::new(4_100, 0), Currency::GBP, PayPeriod::Annual).unwrap(),
        ),
        (
            "55 000 NOK Annuel(le)",
            Salary::new(
                Decimal::new(55_000, 0),
                Currency::new("NOK").unwrap(),
                PayPeriod::Annual,
            )
            .unwrap(),
        ),
    ];
    for (text, expected) in cases {
        let parsed: Salary = text.parse().unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(parsed, expected, "{text:?}");
        assert_eq!(parsed.is_tax_free(), expected.is_tax_free(), "{text:?}");
    }
}

#[test]
fn near_misses_fail() {
    type Kind = fn(String) -> ParseSalaryError;
    let cases: [(&str, Kind); 23] = [
        ("", ParseSalaryError::MissingAmount),
        ("   ", ParseSalaryError::MissingAmount),
        ("Salary (Pay Basis):", ParseSalaryError::MissingAmount),
        ("EUR monthly", ParseSalaryError::MissingAmount),
        ("8754.21 monthly", ParseSalaryError::MissingCurrency),
        ("8754.21 EUR", ParseSalaryError::MissingPeriod),
        ("-8754.21 EUR monthly", ParseSalaryError::NegativeAmount),
        ("EUR \u{2212}100 monthly", ParseSalaryError::NegativeAmount),
        ("8.754.21 EUR monthly", ParseSalaryError::InvalidAmount),
        ("8,754,21 EUR monthly", ParseSalaryError::InvalidAmount),
        ("8,75,4 EUR monthly", ParseSalaryError::InvalidAmount),
        ("87,54.21 EUR monthly", ParseSalaryError::InvalidAmount),
        ("8754.213 EUR monthly", ParseSalaryError::InvalidAmount),
        ("1,234.567,89 EUR monthly", ParseSalaryError::InvalidAmount),
        (".75 EUR monthly", ParseSalaryError::InvalidAmount),
        (
            "1000000000000 EUR monthly",
            ParseSalaryError::AmountTooLarge,
        ),
        ("abc EUR monthly", ParseSalaryError::Unexpected),
        ("8754 EUR weekly", ParseSalaryError::Unexpected),
        ("8754 dollars monthly", ParseSalaryError::Unexpected),
        ("8754 EUR monthly 12", ParseSalaryError::Unexpected),
        ("8754 $ monthly", ParseSalaryError::Unexpected),
        (
            "8754 EUR USD monthly",
            ParseSalaryError::ConflictingCurrencies,
        ),
        (
            "8754 EUR monthly yearly",
            ParseSalaryError::ConflictingPeriods,
        ),
    ];
    for (text, kind) in cases {
        assert_eq!(
            text.parse::<Salary>(),
            Err(kind(text.to_owned())),
            "{text:?}"
        );
    }
    for text in ["EU", "EURO2", "E1R", "", "dollar", "Euro (USD)"] {
        assert!(text.parse::<Currency>().is_err(), "{text:?}");
    }
    for text in ["weekly", "", "monthly yearly", "mensuelles"] {
        assert!(text.parse::<PayPeriod>().is_err(), "{text:?}");
    }
}

#[test]
fn constructor_validates_the_amount() {
    let eur = Currency::EUR;
    let m = PayPeriod::Monthly;
    assert_eq!(
        Salary::new(Decimal::new(-1, 2), eur, m),
        Err(ParseSalaryError::NegativeAmount("-0.01".into()))
    );
    assert_eq!(
        Salary::new(Decimal::new(12_345, 3), eur, m),
        Err(ParseSalaryError::TooManyDecimals("12.345".into()))
    );
    assert_eq!(
        Salary::new(Salary::MAX_AMOUNT + Decimal::new(1, 2), eur, m),
        Err(ParseSalaryError::AmountTooLarge("1000000000000.00".into()))
    );
    // Trailing zeros are not decimals; negative zero is zero.
    assert_eq!(
        Salary::new(Decimal::new(12_340, 3), eur, m)
            .unwrap()
            .to_string(),
        "12.34 EUR monthly"
    );
    assert_eq!(
        Salary::new(Decimal::new(-0, 1), eur, m)
            .unwrap()
            .to_string(),
        "0.00 EUR monthly"
    );
    assert_eq!(
        Salary::new(Salary::MAX_AMOUNT, eur, m).unwrap().to_string(),
        "999999999999.99 EUR monthly"
    );
    assert_eq!(Currency::new("nok").unwrap().as_str(), "NOK");
    assert_eq!(
        Currency::new("NOKK"),
        Err(ParseSalaryError::InvalidCurrency("NOKK".into()))
    );
}

#[test]
fn canonical_form() {
    let s = eur_monthly(875_421);
    assert_eq!(s.to_string(), "8754.21 EUR monthly");
    assert_eq!(
        s.with_tax_free(true).to_string(),
        "8754.21 EUR monthly, tax free"
    );
    assert_eq!(eur_monthly(875_400).to_string(), "8754.00 EUR monthly");
    assert_eq!(s.annual_amount(), Decimal::new(10_505_052, 2));
    assert_eq!(s.amount(), Decimal::new(875_421, 2));
    assert_eq!(s.currency(), Currency::EUR);
    assert_eq!(s.period(), PayPeriod::Monthly);
    assert_eq!(
        serde_json::to_string(&s).unwrap(),
        r#""8754.21 EUR monthly""#
    );
    assert_eq!(serde_json::to_string(&Currency::EUR).unwrap(), r#""EUR""#);
    assert_eq!(
        serde_json::to_string(&PayPeriod::Annual).unwrap(),
        r#""annual""#
    );
}

#[test]
fn pay_periods_exhaustively() {
    assert_eq!(PayPeriod::iter().collect::<Vec<_>>(), PayPeriod::ALL);
    let mut labels = Vec::new();
    for period in PayPeriod::iter() {
        assert_eq!(period.as_str().parse::<PayPeriod>(), Ok(period));
        assert_eq!(period.to_string(), period.as_str());
        for lang in OfficialLanguage::iter() {
            let label = period.label(lang);
            assert!(!label.is_empty());
            assert_eq!(label.parse::<PayPeriod>(), Ok(period), "{label:?}");
            assert_eq!(format!("({label})").parse::<PayPeriod>(), Ok(period));
            labels.push(label);
        }
        let json = serde_json::to_string(&period).unwrap();
        assert_eq!(serde_json::from_str::<PayPeriod>(&json).unwrap(), period);
    }
    let count = labels.len();
    labels.sort_unstable();
    labels.dedup();
    assert_eq!(labels.len(), count, "labels are not distinct");
    assert!(PayPeriod::Monthly < PayPeriod::Annual);
    for spelling in [
        "Monthly",
        "monthly",
        "per month",
        "Mensuelle",
        "mensuel",
        "MENSUELLE",
    ] {
        assert_eq!(spelling.parse(), Ok(PayPeriod::Monthly), "{spelling:?}");
    }
    for spelling in [
        "Annual",
        "yearly",
        "per year",
        "Annuel",
        "Annuelle",
        "Annuel(le)",
        "per annum",
    ] {
        assert_eq!(spelling.parse(), Ok(PayPeriod::Annual), "{spelling:?}");
    }
}

#[test]
fn currencies() {
    for (c, code) in [
        (Currency::EUR, "EUR"),
        (Currency::USD, "USD"),
        (Currency::GBP, "GBP"),
    ] {
        assert_eq!(c.as_str(), code);
        assert_eq!(c.to_string(), code);
        assert_eq!(code.parse::<Currency>(), Ok(c));
        assert_eq!(code.to_lowercase().parse::<Currency>(), Ok(c));
    }
    for text in ["Euro", "euros", "€", "Euro (EUR)", "(EUR)", " eur "] {
        assert_eq!(text.parse::<Currency>(), Ok(Currency::EUR), "{text:?}");
    }
    assert_eq!("£".parse::<Currency>(), Ok(Currency::GBP));
}

#[test]
fn exact_error_messages() {
    let cases = [
        ("", r#"missing amount in salary """#),
        (
            "8754.21 monthly",
            r#"missing currency in salary "8754.21 monthly""#,
        ),
        (
            "8754.21 EUR",
            r#"missing pay period in salary "8754.21 EUR""#,
        ),
        (
            "-5 EUR monthly",
            r#"negative amount in salary "-5 EUR monthly""#,
        ),
        (
            "8.754.21 EUR monthly",
            r#"invalid amount in salary "8.754.21 EUR monthly""#,
        ),
        (
            "1000000000000 EUR monthly",
            r#"amount too large in salary "1000000000000 EUR monthly""#,
        ),
        (
            "8754 EUR USD monthly",
            r#"conflicting currencies in salary "8754 EUR USD monthly""#,
        ),
        (
            "8754 EUR monthly annual",
            r#"conflicting pay periods in salary "8754 EUR monthly annual""#,
        ),
        (
            "8754 EUR weekly",
            r#"unexpected text in salary "8754 EUR weekly""#,
        ),
    ];
    for (text, message) in cases {
        assert_eq!(
            text.parse::<Salary>().unwrap_err().to_string(),
            message,
            "{text:?}"
        );
    }
    assert_eq!(
        "EU".parse::<Currency>().unwrap_err().to_string(),
        r#"invalid currency code "EU""#
    );
    assert_eq!(
        "weekly".parse::<PayPeriod>().unwrap_err().to_string(),
        r#"unknown pay period "weekly""#
    );
    assert_eq!(
        Salary::new(Decimal::new(1, 3), Currency::EUR, PayPeriod::Monthly)
            .unwrap_err()
            .to_string(),
        r#"salary amount "0.001" has more than two decimals"#
    );
}

#[test]
fn deserializing_revalidates() {
    assert!(serde_json::from_str::<Salary>(r#""-5 EUR monthly""#).is_err());
    assert!(serde_json::from_str::<Salary>("8754.21").is_err());
    assert!(serde_json::from_str::<Currency>(r#""EURO2""#).is_err());
    assert!(serde_json::from_str::<PayPeriod>(r#""weekly""#).is_err());
    assert_eq!(
        serde_json::from_str::<Salary>(r#""8,754.21Euro (EUR) Monthly""#).unwrap(),
        eur_monthly(875_421)
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Salary>();
    check::<Currency>();
    check::<PayPeriod>();
    check::<ParseSalaryError>();
}

/// `amount` written with `group` between thousands and `decimal` before
/// its two decimals.
fn grouped(cents: i64, group: &str, decimal: &str) -> String {
    let int = (cents / 100).to_string();
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    format!("{out}{decimal}{:02}", cents % 100)
}

proptest! {
    #[test]
    fn display_then_parse_is_identity(s in any::<Salary>()) {
        let text = s.to_string();
        prop_assert_eq!(text.parse::<Salary>(), Ok(s));
        let back: Salary = text.parse().unwrap();
        prop_assert_eq!(back.is_tax_free(), s.is_tax_free());
    }

    #[test]
    fn serde_round_trip_is_identity(s in any::<Salary>(), c in any::<Currency>(), p in any::<PayPeriod>()) {
        let json = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(serde_json::from_str::<Salary>(&json).unwrap(), s);
        let json = serde_json::to_string(&c).unwrap();
        prop_assert_eq!(serde_json::from_str::<Currency>(&json).unwrap(), c);
        let json = serde_json::to_string(&p).unwrap();
        prop_assert_eq!(serde_json::from_str::<PayPeriod>(&json).unwrap(), p);
    }

    #[test]
    fn amounts_with_zero_to_two_decimals_round_trip(m in 0i64..=99_999_999_999, scale in 0u32..=2) {
        let amount = Decimal::new(m, scale);
        let s = Salary::new(amount, Currency::EUR, PayPeriod::Monthly).unwrap();
        prop_assert_eq!(s.amount(), amount);
        prop_assert_eq!(s.to_string().parse::<Salary>(), Ok(s));
    }

    #[test]
    fn grouped_amounts_parse(cents in 0i64..=99_999_999_999_999) {
        let expected = Salary::new(Decimal::new(cents, 2), Currency::EUR, PayPeriod::Monthly).unwrap();
        for (group, decimal) in [(",", "."), (" ", ","), ("\u{A0}", ","), ("\u{202F}", ","), (".", ",")] {
            let text = format!("{}Euro (EUR) Monthly", grouped(cents, group, decimal));
            prop_assert_eq!(text.parse::<Salary>(), Ok(expected), "{:?}", text);
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        let _ = s.parse::<Salary>();
        let _ = s.parse::<Currency>();
        let _ = s.parse::<PayPeriod>();
    }

    #[test]
    fn salary_flavoured_strings_never_panic(
        s in "[0-9 .,'\u{A0}\u{202F}\u{2019}€£$()\\-\u{2212}:;EURONTHLYeuronthlymMsaxfrépc]{0,40}"
    ) {
        if let Ok(salary) = s.parse::<Salary>() {
            prop_assert_eq!(salary.to_string().parse::<Salary>(), Ok(salary));
        }
        let _ = s.parse::<Currency>();
        let _ = s.parse::<PayPeriod>();
    }

    #[test]
    fn negative_amounts_are_rejected(cents in 1i64..=99_999_999) {
        let text = format!("\"-{} EUR monthly\"", Decimal::new(cents, 2));
        prop_assert!(serde_json::from_str::<Salary>(&text).is_err());
        prop_assert!(Salary::new(Decimal::new(-cents, 2), Currency::EUR, PayPeriod::Monthly).is_err());
    }
}

#[test]
fn successful_parses_do_not_allocate() {
    let texts = SEED_SALARIES.iter().map(|(t, _)| *t).chain([
        "8754.21 EUR monthly",
        "€ 8,754.21 per month",
        "EUR 8.754,21 monthly",
        "5,725.22 EUR (Monthly), tax free",
        "8\u{202F}754,21Euro (EUR) Mensuelle",
    ]);
    for text in texts {
        let (parsed, count) = counting::allocations_during(|| text.parse::<Salary>());
        assert!(parsed.is_ok(), "{text:?}");
        assert_eq!(count, 0, "{text:?} allocated");
    }
    let (parsed, count) = counting::allocations_during(|| "Euro (EUR)".parse::<Currency>());
    assert_eq!((parsed, count), (Ok(Currency::EUR), 0));
    let (parsed, count) = counting::allocations_during(|| "Mensuelle".parse::<PayPeriod>());
    assert_eq!((parsed, count), (Ok(PayPeriod::Monthly), 0));
    // The counter works: building an error allocates.
    let (parsed, count) = counting::allocations_during(|| "weekly".parse::<PayPeriod>());
    assert!(parsed.is_err() && count > 0);
}
