//! Salaries as notices print them: an amount, a currency, a pay period
//! and whether the amount is free of national income tax.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::OfficialLanguage;
use crate::macros::serde_via_str;
use crate::org::{strip_label, trim_value};
use crate::text::{byte_set, fold_char, fold_eq, phrases_of, strip_prefix_folded};

// ---------------------------------------------------------------------------
// Currency
// ---------------------------------------------------------------------------

/// An ISO 4217 currency code: three uppercase ASCII letters.
///
/// NATO pays its civilian staff in the currency of the duty station, so
/// any code is accepted; only the shape is checked.
///
/// ```
/// use nato_post::Currency;
///
/// assert_eq!("Euro".parse::<Currency>()?, Currency::EUR);
/// assert_eq!(Currency::new("nok")?.as_str(), "NOK");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

/// Names and symbols accepted for a currency besides its code (folded).
/// Inside a salary, other codes count only when written in uppercase, so
/// that `tax` or `per` are not read as currencies.
const CURRENCY_NAMES: [(&str, Currency); 8] = [
    ("eur", Currency::EUR),
    ("euros", Currency::EUR),
    ("euro", Currency::EUR),
    ("€", Currency::EUR),
    ("usd", Currency::USD),
    ("us$", Currency::USD),
    ("gbp", Currency::GBP),
    ("£", Currency::GBP),
];

impl Currency {
    /// The euro, in which NATO Headquarters and most bodies pay.
    pub const EUR: Self = Self(*b"EUR");
    /// The United States dollar (ACT, Norfolk).
    pub const USD: Self = Self(*b"USD");
    /// The pound sterling.
    pub const GBP: Self = Self(*b"GBP");

    /// A currency from its three-letter code, in any case (it is
    /// uppercased).
    ///
    /// ```
    /// use nato_post::Currency;
    /// assert_eq!(Currency::new("EUR")?, Currency::EUR);
    /// assert!(Currency::new("EURO").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(code: &str) -> Result<Self, ParseSalaryError> {
        Self::from_code(code).ok_or_else(|| ParseSalaryError::InvalidCurrency(code.to_owned()))
    }

    /// [`Currency::new`] without building an error, for lookups that go on
    /// to try something else.
    fn from_code(code: &str) -> Option<Self> {
        match code.as_bytes() {
            &[a, b, c] if code.bytes().all(|b| b.is_ascii_alphabetic()) => Some(Self([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => None,
        }
    }

    /// The code: `EUR`.
    ///
    /// ```
    /// use nato_post::Currency;
    /// assert_eq!(Currency::EUR.as_str(), "EUR");
    /// ```
    pub fn as_str(&self) -> &str {
        // Always three ASCII letters, so always UTF-8.
        core::str::from_utf8(&self.0).unwrap_or_default()
    }

    fn lookup(s: &str) -> Option<Self> {
        CURRENCY_NAMES
            .iter()
            .find(|(name, _)| fold_eq(s, name))
            .map(|&(_, currency)| currency)
            .or_else(|| Self::from_code(s))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Currency {
    type Err = ParseSalaryError;

    /// Accepts a code in any case, `Euro`, `euros`, `€`, `£`, `US$`, and a
    /// name followed by its code: `Euro (EUR)`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = trim_value(s);
        if let Some(currency) = Self::lookup(value) {
            return Ok(currency);
        }
        let both = value.strip_suffix(')').and_then(|v| v.rsplit_once('('));
        match both.map(|(name, code)| (Self::lookup(name.trim()), Self::lookup(code.trim()))) {
            Some((Some(a), Some(b))) if a == b => Ok(a),
            _ => Err(ParseSalaryError::InvalidCurrency(s.to_owned())),
        }
    }
}

serde_via_str!(Currency, "an ISO 4217 currency code such as EUR");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Currency {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::strategy::Strategy;
        proptest::array::uniform3(b'A'..=b'Z')
            .prop_map(Self)
            .boxed()
    }
}

// ---------------------------------------------------------------------------
// Pay period
// ---------------------------------------------------------------------------

/// How often the printed amount is paid. Notices print monthly salaries.
///
/// ```
/// use nato_post::{OfficialLanguage, PayPeriod};
///
/// let p: PayPeriod = "Mensuelle".parse()?;
/// assert_eq!(p, PayPeriod::Monthly);
/// assert_eq!(p.to_string(), "monthly");
/// assert_eq!(p.label(OfficialLanguage::English), "Monthly");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PayPeriod {
    /// Paid every month (`Monthly`, `Mensuelle`).
    Monthly,
    /// Paid once a year (`Annual`, `Annuelle`).
    Annual,
}

/// Every accepted spelling (folded), in one table.
/// Where one spelling starts another (`annuel`, `annuel(le)`), the longer
/// comes first.
const PAY_PERIOD_SPELLINGS: [(&str, PayPeriod); 25] = [
    ("monthly", PayPeriod::Monthly),
    ("per month", PayPeriod::Monthly),
    ("a month", PayPeriod::Monthly),
    ("month", PayPeriod::Monthly),
    ("mensuelle", PayPeriod::Monthly),
    ("mensuel(le)", PayPeriod::Monthly),
    ("mensuel", PayPeriod::Monthly),
    ("mensuellement", PayPeriod::Monthly),
    ("par mois", PayPeriod::Monthly),
    ("mois", PayPeriod::Monthly),
    ("annual", PayPeriod::Annual),
    ("annually", PayPeriod::Annual),
    ("yearly", PayPeriod::Annual),
    ("per year", PayPeriod::Annual),
    ("a year", PayPeriod::Annual),
    ("year", PayPeriod::Annual),
    ("per annum", PayPeriod::Annual),
    ("p.a.", PayPeriod::Annual),
    ("annuelle", PayPeriod::Annual),
    ("annuel(le)", PayPeriod::Annual),
    ("annuel", PayPeriod::Annual),
    ("annuellement", PayPeriod::Annual),
    ("par an", PayPeriod::Annual),
    ("par annee", PayPeriod::Annual),
    ("an", PayPeriod::Annual),
];

impl PayPeriod {
    /// Both periods, shortest first.
    pub const ALL: [Self; 2] = [Self::Monthly, Self::Annual];

    /// Iterates over both periods, shortest first.
    ///
    /// ```
    /// use nato_post::PayPeriod;
    /// assert_eq!(PayPeriod::iter().count(), 2);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form, as in a salary's canonical form: `monthly` or
    /// `annual`.
    ///
    /// ```
    /// use nato_post::PayPeriod;
    /// assert_eq!(PayPeriod::Annual.as_str(), "annual");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Monthly => "monthly",
            Self::Annual => "annual",
        }
    }

    /// The label in `lang`, as notices print it: `Monthly`, `Mensuelle`.
    ///
    /// ```
    /// use nato_post::{OfficialLanguage, PayPeriod};
    /// assert_eq!(PayPeriod::Annual.label(OfficialLanguage::French), "Annuelle");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match (self, lang) {
            (Self::Monthly, OfficialLanguage::English) => "Monthly",
            (Self::Monthly, OfficialLanguage::French) => "Mensuelle",
            (Self::Annual, OfficialLanguage::English) => "Annual",
            (Self::Annual, OfficialLanguage::French) => "Annuelle",
        }
    }

    /// How many payments make a year: 12 or 1.
    ///
    /// ```
    /// use nato_post::PayPeriod;
    /// assert_eq!(PayPeriod::Monthly.per_year(), 12);
    /// ```
    pub const fn per_year(self) -> u32 {
        match self {
            Self::Monthly => 12,
            Self::Annual => 1,
        }
    }
}

impl fmt::Display for PayPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PayPeriod {
    type Err = ParseSalaryError;

    /// Accepts English and French spellings in any case: `Monthly`,
    /// `per month`, `Mensuelle`, `mensuel`, `Annual`, `yearly`, `per year`,
    /// `per annum`, `Annuel(le)`, `par an`, in parentheses or not.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = trim_value(s);
        PAY_PERIOD_SPELLINGS
            .iter()
            .find(|(spelling, _)| fold_eq(value, spelling))
            .map(|&(_, period)| period)
            .ok_or_else(|| ParseSalaryError::UnknownPayPeriod(s.to_owned()))
    }
}

serde_via_str!(PayPeriod, "a pay period: monthly or annual");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for PayPeriod {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

// ---------------------------------------------------------------------------
// Salary
// ---------------------------------------------------------------------------

/// A salary: a non-negative amount with at most two decimals, a currency,
/// a pay period, and whether it is exempt from national income tax.
///
/// The canonical form is `8754.21 EUR monthly`: the amount with exactly two
/// decimals and no thousands separator, the currency code, the period;
/// then `, tax free` when the salary is tax-exempt. Serde goes through that
/// string, so the amount is never a float.
///
/// ```
/// use nato_post::{Currency, PayPeriod, Salary};
/// use rust_decimal::Decimal;
///
/// let s: Salary = "Salary (Pay Basis): 8,754.21Euro (EUR) Monthly".parse()?;
/// assert_eq!(s.amount(), Decimal::new(875421, 2));
/// assert_eq!(s.currency(), Currency::EUR);
/// assert_eq!(s.period(), PayPeriod::Monthly);
/// assert_eq!(s.to_string(), "8754.21 EUR monthly");
///
/// let fr: Salary = "8 754,21Euro (EUR) Mensuelle".parse()?;
/// assert_eq!(fr, s);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Salary {
    // Non-negative, at most `MAX_AMOUNT`, always at scale 2.
    amount: Decimal,
    currency: Currency,
    period: PayPeriod,
    tax_free: bool,
}

/// Salary labels that may precede the value (folded); longest first, so
/// `Salary (Pay Basis)` is not read as `Salary`.
const SALARY_LABELS: [&str; 7] = [
    "salary (pay basis)",
    "salaire (base de paie)",
    "basic salary",
    "salaire de base",
    "remuneration",
    "salary",
    "salaire",
];

/// Phrases that mark a salary as exempt from national income tax (folded).
const TAX_FREE_SPELLINGS: [&str; 16] = [
    "tax free",
    "tax-free",
    "taxfree",
    "tax exempt",
    "tax-exempt",
    "free of tax",
    "exempt from tax",
    "exempt from national income tax",
    "net of tax",
    "exonere d'impot",
    "exonere d'impots",
    "exoneree d'impot",
    "net d'impot",
    "net d'impots",
    "non imposable",
    "hors impot",
];

/// The canonical suffix of a tax-free salary.
const TAX_FREE_SUFFIX: &str = ", tax free";

/// A constructor of the error to report, applied to the whole input.
type ErrorKind = fn(String) -> ParseSalaryError;

impl Salary {
    /// The largest amount accepted, 999 999 999 999.99: no NATO salary
    /// comes near it, and the bound keeps arithmetic on amounts safe.
    pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0x107A_3FFF, 0x5AF3, 0, false, 2);

    /// A salary that is not marked tax-free; see [`Salary::with_tax_free`].
    /// The amount must be non-negative, at most [`Salary::MAX_AMOUNT`], and
    /// have at most two decimals (trailing zeros do not count).
    ///
    /// ```
    /// use nato_post::{Currency, PayPeriod, Salary};
    /// use rust_decimal::Decimal;
    ///
    /// let s = Salary::new(Decimal::new(383304, 2), Currency::EUR, PayPeriod::Monthly)?;
    /// assert_eq!(s.to_string(), "3833.04 EUR monthly");
    /// assert!(Salary::new(Decimal::new(-1, 0), Currency::EUR, PayPeriod::Monthly).is_err());
    /// assert!(Salary::new(Decimal::new(1234, 3), Currency::EUR, PayPeriod::Monthly).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        amount: Decimal,
        currency: Currency,
        period: PayPeriod,
    ) -> Result<Self, ParseSalaryError> {
        if amount.is_zero() {
            return Ok(Self {
                amount: Decimal::new(0, 2),
                currency,
                period,
                tax_free: false,
            });
        }
        if amount.is_sign_negative() {
            return Err(ParseSalaryError::NegativeAmount(amount.to_string()));
        }
        if amount > Self::MAX_AMOUNT {
            return Err(ParseSalaryError::AmountTooLarge(amount.to_string()));
        }
        if amount.round_dp(2) != amount {
            return Err(ParseSalaryError::TooManyDecimals(amount.to_string()));
        }
        let mut amount = amount.round_dp(2);
        amount.rescale(2);
        Ok(Self {
            amount,
            currency,
            period,
            tax_free: false,
        })
    }

    /// The same salary, marked tax-free or not.
    ///
    /// ```
    /// use nato_post::Salary;
    /// let s: Salary = "5,725.22 EUR (Monthly)".parse()?;
    /// assert_eq!(s.with_tax_free(true).to_string(), "5725.22 EUR monthly, tax free");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_tax_free(mut self, tax_free: bool) -> Self {
        self.tax_free = tax_free;
        self
    }

    /// The amount, with two decimals.
    ///
    /// ```
    /// use nato_post::Salary;
    /// use rust_decimal::Decimal;
    /// let s: Salary = "8,754 EUR monthly".parse()?;
    /// assert_eq!(s.amount(), Decimal::new(8754, 0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn amount(&self) -> Decimal {
        self.amount
    }

    /// The currency.
    ///
    /// ```
    /// use nato_post::{Currency, Salary};
    /// assert_eq!("€ 8,754.21 per month".parse::<Salary>()?.currency(), Currency::EUR);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn currency(&self) -> Currency {
        self.currency
    }

    /// The pay period.
    ///
    /// ```
    /// use nato_post::{PayPeriod, Salary};
    /// assert_eq!("60000 EUR per year".parse::<Salary>()?.period(), PayPeriod::Annual);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn period(&self) -> PayPeriod {
        self.period
    }

    /// Whether the salary is exempt from national income tax.
    ///
    /// ```
    /// use nato_post::Salary;
    /// assert!("5,725.22 EUR (Monthly), tax free".parse::<Salary>()?.is_tax_free());
    /// assert!(!"5,725.22 EUR (Monthly)".parse::<Salary>()?.is_tax_free());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn is_tax_free(&self) -> bool {
        self.tax_free
    }

    /// The amount over a year: twelve times a monthly amount.
    ///
    /// ```
    /// use nato_post::Salary;
    /// use rust_decimal::Decimal;
    /// let s: Salary = "3,833.04 EUR monthly".parse()?;
    /// assert_eq!(s.annual_amount(), Decimal::new(4599648, 2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn annual_amount(&self) -> Decimal {
        // At most 12 × MAX_AMOUNT, far below Decimal::MAX.
        self.amount * Decimal::from(self.period.per_year())
    }
}

impl fmt::Display for Salary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.amount, self.currency, self.period)?;
        if self.tax_free {
            f.write_str(TAX_FREE_SUFFIX)?;
        }
        Ok(())
    }
}

/// The error returned when a text is not a salary, a currency or a pay
/// period, or when [`Salary::new`] is given an invalid amount.
///
/// ```
/// use nato_post::Salary;
/// let err = "8.754.21 EUR monthly".parse::<Salary>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid amount in salary "8.754.21 EUR monthly""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseSalaryError {
    /// The text has no amount.
    #[error("missing amount in salary {0:?}")]
    MissingAmount(String),
    /// The amount is malformed: misplaced separators, two decimal
    /// separators, more than two decimals.
    #[error("invalid amount in salary {0:?}")]
    InvalidAmount(String),
    /// The amount is negative.
    #[error("negative amount in salary {0:?}")]
    NegativeAmount(String),
    /// The amount exceeds [`Salary::MAX_AMOUNT`].
    #[error("amount too large in salary {0:?}")]
    AmountTooLarge(String),
    /// The amount given to [`Salary::new`] has more than two decimals.
    #[error("salary amount {0:?} has more than two decimals")]
    TooManyDecimals(String),
    /// The text names no currency.
    #[error("missing currency in salary {0:?}")]
    MissingCurrency(String),
    /// The text names two different currencies.
    #[error("conflicting currencies in salary {0:?}")]
    ConflictingCurrencies(String),
    /// The text names no pay period.
    #[error("missing pay period in salary {0:?}")]
    MissingPeriod(String),
    /// The text names two different pay periods.
    #[error("conflicting pay periods in salary {0:?}")]
    ConflictingPeriods(String),
    /// The text holds something that is no part of a salary, or two amounts.
    #[error("unexpected text in salary {0:?}")]
    Unexpected(String),
    /// The text is not a currency code or name.
    #[error("invalid currency code {0:?}")]
    InvalidCurrency(String),
    /// The text is not a pay period.
    #[error("unknown pay period {0:?}")]
    UnknownPayPeriod(String),
}

/// White space that may separate thousands: space, no-break space, narrow
/// no-break space, thin space.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}')
}

/// Punctuation that separates the parts of a salary text.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | ')' | '[' | ']' | ',' | ';' | ':' | '/' | '.' | '|' | '*' | '_'
        )
        || fold_char(c) == '-'
}

/// [`is_separator`] for each ASCII byte (for ASCII, [`fold_char`] folds
/// only `-` to `-`, and white space is `\t` to `\r` and the space).
static SEPARATOR_BYTES: [bool; 256] = byte_set(b"\t\n\x0b\x0c\r ()[],;:/.|*_-");

/// Skips separators. A dash right before a digit is a minus sign, a `.` or
/// `,` right before a digit a stray decimal separator: both are errors.
fn skip_separators(s: &str) -> Result<&str, ErrorKind> {
    // ASCII is read from the bytes; from the first other character on,
    // characters are decoded.
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            // Every byte before `i` is ASCII, so it is a boundary.
            return skip_separator_chars(s.get(i..).unwrap_or_default());
        }
        // `-`, `.` and `,` are separators: anything else ends the run.
        if !SEPARATOR_BYTES[usize::from(b)] {
            return Ok(s.get(i..).unwrap_or_default());
        }
        if matches!(b, b'-' | b'.' | b',') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return Err(if b == b'-' {
                ParseSalaryError::NegativeAmount
            } else {
                ParseSalaryError::InvalidAmount
            });
        }
        i += 1;
    }
    Ok("")
}

/// [`skip_separators`], character by character.
fn skip_separator_chars(s: &str) -> Result<&str, ErrorKind> {
    for (i, c) in s.char_indices() {
        let next_is_digit = s[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
        if next_is_digit && fold_char(c) == '-' {
            return Err(ParseSalaryError::NegativeAmount);
        }
        if next_is_digit && (c == '.' || c == ',') {
            return Err(ParseSalaryError::InvalidAmount);
        }
        if !is_separator(c) {
            return Ok(&s[i..]);
        }
    }
    Ok("")
}

/// Splits `s`, which starts with a digit, into the number and the rest. A
/// `.`, `,` or apostrophe belongs to the number when a digit follows it; a
/// space when exactly three digits follow it (`8 754,21`).
fn split_number(s: &str) -> (&str, &str) {
    let bytes = s.as_bytes();
    let digits_from = |at: usize| {
        bytes.get(at..).map_or(0, |rest| {
            rest.iter().take_while(|b| b.is_ascii_digit()).count()
        })
    };
    let mut end = 0;
    while let Some(&b) = bytes.get(end) {
        let (c, width) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            match s.get(end..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let belongs = c.is_ascii_digit()
            || (matches!(c, '.' | ',' | '\'' | '\u{2019}')
                && bytes.get(end + width).is_some_and(u8::is_ascii_digit))
            || (is_group_space(c) && digits_from(end + width) == 3);
        if !belongs {
            break;
        }
        end += width;
    }
    // `end` only moves by whole characters.
    (
        s.get(..end).unwrap_or_default(),
        s.get(end..).unwrap_or_default(),
    )
}

/// The kind of a thousands separator; all of a number's must agree.
fn group_kind(c: char) -> char {
    match c {
        c if is_group_space(c) => ' ',
        '\u{2019}' => '\'',
        c => c,
    }
}

/// Reads an amount such as `8,754.21`, `8 754,21`, `8.754,21` or `8754`.
///
/// The last `.` or `,` is the decimal separator when one or two digits end
/// the number after it; otherwise every `.`, `,`, apostrophe or space
/// separates thousands (`8,754` is 8754). Groups after the first have three
/// digits, and one number uses one kind of thousands separator, different
/// from its decimal separator.
fn parse_amount(num: &str) -> Result<Decimal, ErrorKind> {
    let invalid: ErrorKind = ParseSalaryError::InvalidAmount;
    // `.` and `,` are ASCII, so no other character holds their bytes.
    let (int_part, fraction) = match num.bytes().rposition(|b| b == b'.' || b == b',') {
        // `.` and `,` are one byte long, so `i + 1` is a char boundary.
        Some(i)
            if (1..=2).contains(&(num.len() - i - 1))
                && num[i + 1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            (
                &num[..i],
                Some((group_kind(char::from(num.as_bytes()[i])), &num[i + 1..])),
            )
        }
        _ => (num, None),
    };
    let mut cents: i64 = 0;
    let mut int_digits = 0;
    let mut group_len = 0;
    let mut separator: Option<char> = None;
    for c in int_part.chars() {
        if c.is_ascii_digit() {
            let d = c as u32 - u32::from(b'0');
            int_digits += 1;
            if int_digits > 12 {
                return Err(ParseSalaryError::AmountTooLarge);
            }
            cents = cents * 10 + i64::from(d);
            group_len += 1;
            continue;
        }
        let kind = group_kind(c);
        let ok = match separator {
            None => (1..=3).contains(&group_len),
            Some(previous) => previous == kind && group_len == 3,
        };
        if !ok {
            return Err(invalid);
        }
        separator = Some(kind);
        group_len = 0;
    }
    if int_digits == 0 || (separator.is_some() && group_len != 3) {
        return Err(invalid);
    }
    if let (Some(sep), Some((decimal, _))) = (separator, fraction) {
        if sep == decimal {
            return Err(invalid);
        }
    }
    let decimals = fraction.map_or("", |(_, digits)| digits);
    let mut scale = 0;
    for b in decimals.bytes() {
        cents = cents * 10 + i64::from(b - b'0');
        scale += 1;
    }
    for _ in scale..2 {
        cents *= 10;
    }
    Ok(Decimal::new(cents, 2))
}

/// When `s` starts with `spelling` (folded) as whole words, the rest of `s`.
#[inline]
fn strip_words<'a>(s: &'a str, spelling: &str) -> Option<&'a str> {
    let rest = match strip_folded_ascii(s, spelling) {
        Prefix::Absent => return None,
        Prefix::Stripped(rest) => rest,
        Prefix::Undecided => strip_folded(s, spelling)?,
    };
    let word_end = match spelling.as_bytes().last() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => spelling.chars().last().is_some_and(char::is_alphanumeric),
    };
    let word_goes_on = match rest.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => rest.starts_with(char::is_alphanumeric),
    };
    (!(word_end && word_goes_on)).then_some(rest)
}

/// [`strip_prefix_folded`], out of line: the look-ups call it only for
/// text that is not ASCII.
#[cold]
#[inline(never)]
fn strip_folded<'a>(s: &'a str, spelling: &str) -> Option<&'a str> {
    strip_prefix_folded(s, spelling)
}

/// What [`strip_folded_ascii`] could decide from the bytes alone.
enum Prefix<'a> {
    /// `s` does not start with the spelling.
    Absent,
    /// `s` starts with the spelling; the rest of `s`.
    Stripped(&'a str),
    /// A character outside ASCII, or white space first: fold.
    Undecided,
}

/// [`strip_prefix_folded`] for a spelling of the tables, which is its own
/// fold (a test checks it: lowercase, single inner spaces, and no
/// character that folds to another), decided from the bytes
/// while the text is ASCII, which folds to its lowercase byte for byte.
/// As the fold does, a space of the text is skipped where the spelling has
/// none, and a space of the spelling takes a run of spaces of the text.
fn strip_folded_ascii<'a>(s: &'a str, spelling: &str) -> Prefix<'a> {
    let (text, want) = (s.as_bytes(), spelling.as_bytes());
    match (text.first(), want.first()) {
        // The fold trims white space in front of the text.
        (Some(t), Some(_)) if !t.is_ascii() || t.is_ascii_whitespace() || *t == 0x0B => {
            return Prefix::Undecided;
        }
        (_, None) => return Prefix::Undecided,
        _ => {}
    }
    let (mut i, mut j) = (0, 0);
    let mut last_was_space = false;
    loop {
        let Some(&w) = want.get(j) else {
            // The bytes before `i` are ASCII, so it is a boundary.
            return s.get(i..).map_or(Prefix::Undecided, Prefix::Stripped);
        };
        let Some(&t) = text.get(i) else {
            return Prefix::Absent;
        };
        if !t.is_ascii() {
            return Prefix::Undecided;
        }
        i += 1;
        if t == b' ' {
            if w == b' ' && !last_was_space {
                j += 1;
            }
            last_was_space = true;
            continue;
        }
        last_was_space = false;
        if t.to_ascii_lowercase() != w {
            return Prefix::Absent;
        }
        j += 1;
    }
}

/// The folded first character of `s` after white space. Every spelling in
/// the tables starts with a folded character, so a spelling can only match
/// when it starts with this one: the look-ups skip the others without
/// setting up a fold.
fn first_folded(s: &str) -> Option<char> {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii_graphic() => Some(char::from(b.to_ascii_lowercase())),
        _ => s.trim_start().chars().next().map(fold_char),
    }
}

/// [`first_folded`] for a spelling of the tables, which starts with a
/// folded character (a test checks it): taken as it is, since the look-ups
/// ask it of every spelling for every word of the salary.
fn spelling_first(spelling: &str) -> Option<char> {
    match *spelling.as_bytes().first()? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => spelling.chars().next(),
    }
}

/// The spellings of a table by first character: for each lowercase ASCII
/// letter, the set of those starting with it; the others, all in one set.
struct FirstIndex {
    letters: [u32; 26],
    other: u32,
    /// Each spelling that is one word of one to sixteen lowercase ASCII
    /// letters, packed as [`Word`] packs the text's (else 0), and its
    /// length (else 0).
    words: [u128; 32],
    word_lens: [u8; 32],
    /// Each spelling's second byte when it is printable ASCII (else 0).
    seconds: [u8; 32],
    /// For each lowercase ASCII letter, the spellings whose second byte it
    /// is; then those whose second byte is no such letter (or absent).
    second_letters: [u32; 26],
    second_other: u32,
}

impl FirstIndex {
    const fn new(spellings: &[&str]) -> Self {
        assert!(spellings.len() <= 32, "at most 32 spellings");
        let mut index = Self {
            letters: [0; 26],
            other: 0,
            words: [0; 32],
            word_lens: [0; 32],
            seconds: [0; 32],
            second_letters: [0; 26],
            second_other: 0,
        };
        let mut i = 0;
        while i < spellings.len() {
            let bytes = spellings[i].as_bytes();
            let mut packed = 0u128;
            let mut j = 0;
            while j < bytes.len() && j < 16 && bytes[j].is_ascii_lowercase() {
                packed |= (bytes[j] as u128) << (8 * j);
                j += 1;
            }
            if j == bytes.len() {
                index.words[i] = packed;
                index.word_lens[i] = j as u8;
            }
            if bytes.len() > 1 && bytes[1].is_ascii_graphic() {
                index.seconds[i] = bytes[1];
            }
            if bytes.len() > 1 && bytes[1].is_ascii_lowercase() {
                index.second_letters[(bytes[1] - b'a') as usize] |= 1 << i;
            } else {
                index.second_other |= 1 << i;
            }
            let first = spellings[i].as_bytes()[0];
            if first.is_ascii_lowercase() {
                index.letters[(first - b'a') as usize] |= 1 << i;
            } else {
                index.other |= 1 << i;
            }
            i += 1;
        }
        index
    }

    /// The spellings that may start with `first`: those whose
    /// [`spelling_first`] it is, among `spellings` (the indexed table).
    fn candidates(&self, first: char, spellings: impl Fn(usize) -> &'static str) -> u32 {
        if first.is_ascii_lowercase() {
            return self.letters[usize::from(first as u8 - b'a')];
        }
        let mut set = self.other;
        let mut found = 0;
        while set != 0 {
            let i = set.trailing_zeros() as usize;
            set &= set - 1;
            if spelling_first(spellings(i)) == Some(first) {
                found |= 1 << i;
            }
        }
        found
    }
}

/// The ASCII letters a text starts with, read once per word: they decide
/// most look-ups of one-word spellings without comparing the text with
/// each.
struct Word {
    /// The first sixteen letters, lowercase, the first in the lowest
    /// byte.
    packed: u128,
    /// How many letters there are.
    len: usize,
    /// The byte after the letters is ASCII, or there is none.
    ascii_after: bool,
    /// A character outside ASCII follows the letters, or spaces and then
    /// a letter or such a character: a fold may carry a longer spelling
    /// on past them.
    may_go_on: bool,
    /// A digit follows the letters, so they end no whole word.
    digit_after: bool,
    /// The text's second byte, lowercase, when the first is ASCII and it
    /// is printable ASCII (else 0).
    second: u8,
}

impl Word {
    fn at(s: &str) -> Self {
        let bytes = s.as_bytes();
        let (mut len, packed) = letters_of_eight(first_eight(bytes));
        let mut packed = u128::from(packed);
        if len == 8 {
            let (more, letters) = letters_of_eight(first_eight(bytes.get(8..).unwrap_or_default()));
            packed |= u128::from(letters) << 64;
            len += more;
        }
        if len == 16 {
            while bytes.get(len).is_some_and(u8::is_ascii_alphabetic) {
                len += 1;
            }
        }
        let next = bytes.get(len);
        Self {
            packed,
            len,
            ascii_after: next.is_none_or(u8::is_ascii),
            may_go_on: match next {
                Some(b' ') => {
                    // The fold skips the spaces: what comes after them?
                    let after = bytes.get(len..).unwrap_or_default();
                    after
                        .iter()
                        .find(|&&b| b != b' ')
                        .is_some_and(|&b| b.is_ascii_alphabetic() || !b.is_ascii())
                }
                Some(b) => !b.is_ascii(),
                None => false,
            },
            digit_after: next.is_some_and(u8::is_ascii_digit),
            second: match bytes {
                [first, b, ..] if first.is_ascii() && b.is_ascii_graphic() => {
                    b.to_ascii_lowercase()
                }
                _ => 0,
            },
        }
    }

    /// Of the spellings `set` of the table `index`, those that
    /// [`Word::second_may_be`] may let through: when the text's second
    /// byte is a letter, those whose second byte is that letter or no
    /// letter.
    fn second_filter(&self, set: u32, index: &FirstIndex) -> u32 {
        if self.second.is_ascii_lowercase() {
            set & (index.second_letters[usize::from(self.second - b'a')] | index.second_other)
        } else {
            set
        }
    }

    /// [`second_may_match`] for a spelling whose second byte is `second`
    /// (0 when it is not printable ASCII).
    fn second_may_be(&self, second: u8) -> bool {
        self.second == 0 || second == 0 || self.second == second
    }

    /// Whether the text starts with the one-word spelling `packed` of
    /// `len` letters as a whole word, as [`strip_words`] decides; `None`
    /// when only it can tell (or the spelling is not one short word).
    fn starts_with(&self, packed: u128, len: u8) -> Option<bool> {
        let len = usize::from(len);
        if len == 0 || self.len == 0 {
            return None;
        }
        if len < self.len {
            // The spelling ends inside the text's word, or differs.
            return Some(false);
        }
        if len == self.len {
            // Equal letters end the spelling where the word ends; then a
            // letter or digit after it (ASCII: a digit) continues it.
            return self
                .ascii_after
                .then_some(packed == self.packed && !self.digit_after);
        }
        // A longer spelling needs more letters, past a byte the fold may
        // skip.
        if self.may_go_on { None } else { Some(false) }
    }
}

/// The first eight bytes of `bytes` (little-endian), padded with zero
/// bytes, which are no letters, when there are fewer.
fn first_eight(bytes: &[u8]) -> u64 {
    if let Some(Ok(eight)) = bytes.get(..8).map(<[u8; 8]>::try_from) {
        return u64::from_le_bytes(eight);
    }
    let mut eight = [0u8; 8];
    for (slot, &b) in eight.iter_mut().zip(bytes) {
        *slot = b;
    }
    u64::from_le_bytes(eight)
}

/// How many ASCII letters eight bytes of text (little-endian) start
/// with, and those letters lowercase, packed as [`Word`] packs them.
fn letters_of_eight(text: u64) -> (usize, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // With the high bits cleared no sum below carries into the next byte;
    // bytes outside ASCII are then ruled out by their high bit.
    let lower = (text & !HIGH) | (0x20 * ONES);
    let from_a = lower + (0x80 - u64::from(b'a')) * ONES;
    let past_z = lower + (0x7F - u64::from(b'z')) * ONES;
    let letters = from_a & !past_z & !text & HIGH;
    let len = ((!letters & HIGH).trailing_zeros() / 8) as usize;
    let kept = if len >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * len)) - 1
    };
    (len, lower & kept)
}

const PAY_PERIOD_INDEX: FirstIndex = FirstIndex::new(&phrases_of(&PAY_PERIOD_SPELLINGS));
const CURRENCY_INDEX: FirstIndex = FirstIndex::new(&phrases_of(&CURRENCY_NAMES));
const TAX_FREE_INDEX: FirstIndex = FirstIndex::new(&TAX_FREE_SPELLINGS);

/// `false` when `s`, whose first character is the first of `spelling`,
/// cannot start with `spelling` because their second bytes are printable
/// ASCII and differ. (A text byte that is not a space cannot be skipped,
/// and ASCII folds to its lowercase; spellings are their own fold.) Most
/// candidates that share a first letter are rejected here, inline.
#[cfg(test)]
fn second_may_match(s: &str, spelling: &str) -> bool {
    match (s.as_bytes(), spelling.as_bytes()) {
        ([first, t, ..], [_, w, ..])
            if first.is_ascii() && t.is_ascii_graphic() && w.is_ascii_graphic() =>
        {
            t.to_ascii_lowercase() == *w
        }
        _ => true,
    }
}

/// When `s` starts with one of `table`'s spellings as whole words, the
/// value and the rest of `s`.
fn match_phrase<'a, T: Copy>(
    s: &'a str,
    word: &Word,
    first: char,
    table: &'static [(&'static str, T)],
    index: &FirstIndex,
) -> Option<(T, &'a str)> {
    match_entry(s, word, first, |i| table[i], index)
}

/// When `s` starts with one of the tax-exemption phrases as whole words,
/// the rest of `s`.
fn match_tax_free<'a>(s: &'a str, word: &Word, first: char) -> Option<&'a str> {
    match_entry(
        s,
        word,
        first,
        |i| (TAX_FREE_SPELLINGS[i], ()),
        &TAX_FREE_INDEX,
    )
    .map(|((), rest)| rest)
}

/// When `s` starts with one of the spellings `entry` gives (by index in
/// the table `index` was built from) as whole words, the value and the
/// rest of `s`.
fn match_entry<'a, T>(
    s: &'a str,
    word: &Word,
    first: char,
    entry: impl Fn(usize) -> (&'static str, T),
    index: &FirstIndex,
) -> Option<(T, &'a str)> {
    let mut set = word.second_filter(index.candidates(first, |i| entry(i).0), index);
    while set != 0 {
        let i = set.trailing_zeros() as usize;
        set &= set - 1;
        let (spelling, value) = entry(i);
        match word.starts_with(index.words[i], index.word_lens[i]) {
            // The letters are ASCII, so `word.len` is a boundary.
            Some(true) => return Some((value, s.get(word.len..).unwrap_or_default())),
            Some(false) => continue,
            None => {}
        }
        if !word.second_may_be(index.seconds[i]) {
            continue;
        }
        if let Some(rest) = strip_words(s, spelling) {
            return Some((value, rest));
        }
    }
    None
}

/// Records `value` in `slot`, or reports `conflict` when another is there.
fn record<T: PartialEq>(
    slot: &mut Option<T>,
    value: T,
    conflict: ErrorKind,
) -> Result<(), ErrorKind> {
    match slot {
        Some(previous) if *previous != value => Err(conflict),
        _ => {
            *slot = Some(value);
            Ok(())
        }
    }
}

/// `s` (trimmed) after the salary label it starts with, if any.
fn strip_salary_label(s: &str) -> &str {
    // Every label starts with `s`, `b` or `r`: a text that starts with
    // other ASCII starts with none of them.
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() && !matches!(b | 0x20, b's' | b'b' | b'r') => s,
        _ => strip_label(s, &SALARY_LABELS),
    }
}

fn parse_salary(s: &str) -> Result<Salary, ErrorKind> {
    let mut amount = None;
    let mut currency = None;
    let mut period = None;
    let mut tax_free = false;
    let mut rest = strip_salary_label(s.trim());
    loop {
        rest = skip_separators(rest)?;
        if rest.is_empty() {
            break;
        }
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            let (number, tail) = split_number(rest);
            if amount.is_some() {
                return Err(ParseSalaryError::Unexpected);
            }
            amount = Some(parse_amount(number)?);
            rest = tail;
            continue;
        }
        // `rest` is not empty and starts with no white space.
        let first = first_folded(rest).unwrap_or(' ');
        let word = Word::at(rest);
        if let Some((p, tail)) =
            match_phrase(rest, &word, first, &PAY_PERIOD_SPELLINGS, &PAY_PERIOD_INDEX)
        {
            record(&mut period, p, ParseSalaryError::ConflictingPeriods)?;
            rest = tail;
        } else if let Some(tail) = match_tax_free(rest, &word, first) {
            tax_free = true;
            rest = tail;
        } else if let Some((c, tail)) =
            match_phrase(rest, &word, first, &CURRENCY_NAMES, &CURRENCY_INDEX)
        {
            record(&mut currency, c, ParseSalaryError::ConflictingCurrencies)?;
            rest = tail;
        } else {
            let word_len = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let (word, tail) = rest.split_at(word_len);
            if !word.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(ParseSalaryError::Unexpected);
            }
            let code =
                Currency::from_code(word).ok_or(ParseSalaryError::Unexpected as ErrorKind)?;
            record(&mut currency, code, ParseSalaryError::ConflictingCurrencies)?;
            rest = tail;
        }
    }
    let amount = amount.ok_or(ParseSalaryError::MissingAmount as ErrorKind)?;
    let currency = currency.ok_or(ParseSalaryError::MissingCurrency as ErrorKind)?;
    let period = period.ok_or(ParseSalaryError::MissingPeriod as ErrorKind)?;
    Ok(Salary {
        amount,
        currency,
        period,
        tax_free,
    })
}

impl FromStr for Salary {
    type Err = ParseSalaryError;

    /// Accepts the amount, the currency and the period in any order, with
    /// an optional tax-exemption phrase and an optional label:
    ///
    /// - `8,754.21Euro (EUR) Monthly`, `8 754,21Euro (EUR) Mensuelle` (the
    ///   space may be no-break or narrow no-break), `EUR 8.754,21 monthly`,
    ///   `€ 8,754.21 per month`, `8,754 EUR monthly`, `8754.21 EUR monthly`;
    /// - `5,725.22 EUR (Monthly), tax free`, `… exonéré d'impôt`;
    /// - `Salary (Pay Basis):`, `Salaire (Base de paie) :`, `Salary:`.
    ///
    /// The currency is a code (`EUR`, `eur`; codes other than EUR, USD and
    /// GBP only in uppercase, so that `tax` is not a currency), `Euro`,
    /// `€`, `£` or `US$`; it may be repeated (`Euro (EUR)`) if it agrees. See the
    /// amount rules on [`Salary`]'s canonical form: the last `.` or `,`
    /// followed by one or two final digits is the decimal separator.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_salary(s).map_err(|kind| kind(s.to_owned()))
    }
}

serde_via_str!(Salary, "a salary such as \"8754.21 EUR monthly\"");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Salary {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::arbitrary::any;
        use proptest::strategy::Strategy;
        const MAX_CENTS: i64 = 99_999_999_999_999;
        (
            0..=MAX_CENTS,
            any::<Currency>(),
            any::<PayPeriod>(),
            any::<bool>(),
        )
            .prop_map(|(cents, currency, period, tax_free)| Self {
                amount: Decimal::new(cents, 2),
                currency,
                period,
                tax_free,
            })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every spelling of the catalogues: pay periods, currency names and
    /// tax-free markers.
    fn catalogue_spellings() -> impl Iterator<Item = &'static str> {
        PAY_PERIOD_SPELLINGS
            .iter()
            .map(|&(s, _)| s)
            .chain(CURRENCY_NAMES.iter().map(|&(s, _)| s))
            .chain(TAX_FREE_SPELLINGS)
    }

    #[test]
    fn spellings_start_with_a_folded_character() {
        for spelling in catalogue_spellings() {
            assert_eq!(
                spelling_first(spelling),
                first_folded(spelling),
                "{spelling}"
            );
        }
    }

    #[test]
    fn ascii_spellings_are_folded_and_labels_start_with_s_b_or_r() {
        for spelling in catalogue_spellings() {
            let folded: String = crate::text::folded(spelling).collect();
            assert_eq!(folded, spelling);
        }
        for label in SALARY_LABELS {
            assert!(matches!(label.as_bytes()[0], b's' | b'b' | b'r'), "{label}");
        }
    }

    /// The character-by-character separators and number splitting the
    /// byte-level ones replaced.
    fn reference_split_number(s: &str) -> (&str, &str) {
        let mut end = 0;
        for (i, c) in s.char_indices() {
            let after = &s[i + c.len_utf8()..];
            let digits_after = after.bytes().take_while(u8::is_ascii_digit).count();
            let belongs = c.is_ascii_digit()
                || (matches!(c, '.' | ',' | '\'' | '\u{2019}') && digits_after > 0)
                || (is_group_space(c) && digits_after == 3);
            if !belongs {
                break;
            }
            end = i + c.len_utf8();
        }
        s.split_at(end)
    }

    fn salary_text() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::string::string_regex(
            "([0-9]{1,4}|[ .,'\u{2019}\u{a0}\u{202f}\u{2009}\u{2013}\t()\\-]|[eE]uro?s?|EUR|\u{20ac}|\
             [mM]onth|[mM]onthly|per  ?month|tax[ -]?free|ex on|[aA]n|mois|a\u{e9}|[a-zA-Z]{1,9}|[mMaA]ensuel(lement|le)?|annuel(lement|le)?|[a-zA-Z]{10,18}){0,8}",
        )
        .expect("a valid pattern")
    }

    proptest::proptest! {
        #[test]
        fn the_byte_prefix_agrees_with_folding(
            s in "[aAeE \\-'(\u{e9}\u{a0}\t]{0,8}",
            spelling in "[ae\\-'(]( ?[ae\\-'(]){0,3}",
        ) {
            let expected = strip_prefix_folded(&s, &spelling);
            match strip_folded_ascii(&s, &spelling) {
                Prefix::Absent => proptest::prop_assert_eq!(expected, None),
                Prefix::Stripped(rest) => proptest::prop_assert_eq!(expected, Some(rest)),
                Prefix::Undecided => {}
            }
        }

        #[test]
        fn eight_bytes_give_the_letters_they_start_with(bytes in proptest::array::uniform8(proptest::prelude::any::<u8>())) {
            let len = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            let mut packed = 0u64;
            for (i, b) in bytes[..len].iter().enumerate() {
                packed |= u64::from(b.to_ascii_lowercase()) << (8 * i);
            }
            proptest::prop_assert_eq!(letters_of_eight(u64::from_le_bytes(bytes)), (len, packed));
        }

        #[test]
        fn words_decide_as_the_comparison_does(s in salary_text()) {
            let s = s.trim_start_matches(|c: char| is_separator(c) || c.is_ascii_digit());
            let word = Word::at(s);
            for spelling in phrases_of(&PAY_PERIOD_SPELLINGS)
                .into_iter()
                .chain(TAX_FREE_SPELLINGS)
                .chain(phrases_of(&CURRENCY_NAMES))
            {
                let second = match spelling.as_bytes() {
                    [_, b, ..] if b.is_ascii_graphic() => *b,
                    _ => 0,
                };
                proptest::prop_assert_eq!(word.second_may_be(second), second_may_match(s, spelling));
            }
            for (spellings, index) in [
                (phrases_of(&PAY_PERIOD_SPELLINGS).to_vec(), &PAY_PERIOD_INDEX),
                (TAX_FREE_SPELLINGS.to_vec(), &TAX_FREE_INDEX),
                (phrases_of(&CURRENCY_NAMES).to_vec(), &CURRENCY_INDEX),
            ] {
                let kept = word.second_filter(u32::MAX, index);
                for (i, spelling) in spellings.iter().enumerate() {
                    if second_may_match(s, spelling) {
                        proptest::prop_assert!(kept & 1 << i != 0, "{:?} {:?}", s, spelling);
                    }
                }
            }
            let tables = [
                (phrases_of(&PAY_PERIOD_SPELLINGS).to_vec(), &PAY_PERIOD_INDEX),
                (TAX_FREE_SPELLINGS.to_vec(), &TAX_FREE_INDEX),
                (phrases_of(&CURRENCY_NAMES).to_vec(), &CURRENCY_INDEX),
            ];
            for (spellings, index) in tables {
                for (i, spelling) in spellings.iter().enumerate() {
                    if let Some(starts) = word.starts_with(index.words[i], index.word_lens[i]) {
                        let expected = strip_words(s, spelling);
                        proptest::prop_assert_eq!(starts, expected.is_some(), "{:?} {:?}", s, spelling);
                        if starts {
                            proptest::prop_assert_eq!(s.get(word.len..), expected);
                        }
                    }
                }
            }
        }

        #[test]
        fn byte_level_scanning_agrees_with_the_characters(s in salary_text()) {
            proptest::prop_assert_eq!(
                skip_separators(&s).map_err(|kind| kind(String::new())),
                skip_separator_chars(&s).map_err(|kind| kind(String::new()))
            );
            if s.starts_with(|c: char| c.is_ascii_digit()) {
                proptest::prop_assert_eq!(split_number(&s), reference_split_number(&s));
            }
            proptest::prop_assert_eq!(strip_salary_label(s.trim()), strip_label(s.trim(), &SALARY_LABELS));
        }
    }
}
