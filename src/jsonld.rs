//! A [`Vacancy`] as a schema.org [`JobPosting`](https://schema.org/JobPosting)
//! in JSON-LD (feature `jsonld`), the form job boards and search engines
//! read.

use serde_json::{Map, Value, json};

use crate::language::OfficialLanguage;
use crate::notice::{NoticeText, Paragraphs, Vacancy};
use crate::posting::{Location, Schedule};
use crate::salary::{PayPeriod, Salary};

/// Who recruits when the notice does not name a NATO body.
const NATO: &str = "North Atlantic Treaty Organization";

impl Vacancy {
    /// The vacancy as a schema.org `JobPosting`, in JSON-LD.
    ///
    /// Facts the notice does not print are left out rather than guessed:
    /// `datePosted` only when the notice dates itself, `validThrough` only
    /// for a fixed deadline, `baseSalary` only when a salary is printed
    /// (senior posts print none). Prose comes from the English half, or
    /// the French one for a French-only notice.
    ///
    /// | property | from |
    /// |---|---|
    /// | `title`, `description` | the title, the summary |
    /// | `identifier` | `PropertyValue` with the vacancy reference, else the post number |
    /// | `datePosted`, `validThrough` | the posting date, the deadline (ISO 8601) |
    /// | `employmentType` | `FULL_TIME` or `PART_TIME` from the schedule |
    /// | `baseSalary` | `MonetaryAmount` with a `QuantitativeValue`, `unitText` `MONTH` or `YEAR` |
    /// | `hiringOrganization` | `Organization`: the body's English name and short code |
    /// | `jobLocation` | `Place` with a `PostalAddress`, primary location first |
    /// | `qualifications`, `educationRequirements`, `experienceRequirements` | essential qualifications |
    /// | `responsibilities` | the accountabilities |
    /// | `skills` | the competencies, each a `DefinedTerm` with its behaviour level |
    /// | `securityClearanceRequirement` | the clearance's English name |
    ///
    /// ```
    /// use nato_post::Vacancy;
    ///
    /// let v: Vacancy = "VACANCY NOTIFICATION
    /// Portfolio Clerk (251234)
    /// Primary Location: Belgium-Brussels
    /// Schedule: Full-time
    /// Salary (Pay Basis): 3,833.04Euro (EUR) Monthly
    /// Application Deadline: 15-Dec-2025
    /// Grade NATO Grade G8-G10
    /// Clearance Level NS
    /// "
    /// .parse()?;
    /// let posting = v.to_job_posting();
    /// assert_eq!(posting["@type"], "JobPosting");
    /// assert_eq!(posting["title"], "Portfolio Clerk");
    /// assert_eq!(posting["identifier"]["value"], "251234");
    /// assert_eq!(posting["employmentType"], "FULL_TIME");
    /// assert_eq!(posting["validThrough"], "2025-12-15");
    /// assert_eq!(posting["baseSalary"]["currency"], "EUR");
    /// assert_eq!(posting["baseSalary"]["value"]["unitText"], "MONTH");
    /// assert_eq!(posting["baseSalary"]["value"]["value"], 3833.04);
    /// assert_eq!(posting["jobLocation"][0]["address"]["addressLocality"], "Brussels");
    /// assert_eq!(posting["securityClearanceRequirement"], "NATO SECRET");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_job_posting(&self) -> Value {
        let prose = self
            .half(OfficialLanguage::English)
            .or(self.half(OfficialLanguage::French));
        let mut posting = Map::new();
        posting.insert("@context".into(), json!("https://schema.org"));
        posting.insert("@type".into(), json!("JobPosting"));
        posting.insert("title".into(), json!(self.title()));
        posting.insert("description".into(), json!(self.description(prose)));
        posting.insert("hiringOrganization".into(), self.hiring_organization());

        let mut optional = |key: &str, value: Option<Value>| {
            if let Some(value) = value {
                posting.insert(key.into(), value);
            }
        };
        optional("identifier", self.identifier());
        optional("datePosted", self.posted.map(|d| json!(d.to_string())));
        optional(
            "validThrough",
            self.deadline
                .filter(|d| d.date().is_some())
                .map(|d| json!(d.to_string())),
        );
        optional("employmentType", self.schedule.map(employment_type));
        optional("baseSalary", self.salary.as_ref().map(base_salary));
        optional("jobLocation", self.job_locations());
        optional(
            "occupationalCategory",
            self.job_family.map(|f| json!(f.to_string())),
        );
        optional(
            "qualifications",
            prose.and_then(|p| joined(&p.essential.items)),
        );
        optional(
            "educationRequirements",
            self.requirements.education.map(|level| {
                json!({
                    "@type": "EducationalOccupationalCredential",
                    "credentialCategory": level.label(OfficialLanguage::English),
                })
            }),
        );
        optional(
            "experienceRequirements",
            self.requirements.experience_years.map(|years| {
                json!({
                    "@type": "OccupationalExperienceRequirements",
                    "monthsOfExperience": u32::from(years) * 12,
                })
            }),
        );
        optional("responsibilities", prose.and_then(responsibilities));
        optional("skills", self.skills());
        optional(
            "securityClearanceRequirement",
            self.clearance
                .map(|c| json!(c.label(OfficialLanguage::English))),
        );
        Value::Object(posting)
    }

    /// The summary, or the title when the notice has none: job boards
    /// require a description.
    fn description(&self, prose: Option<&NoticeText>) -> String {
        prose
            .and_then(|p| joined_text(&p.summary))
            .unwrap_or_else(|| self.title().to_owned())
    }

    fn hiring_organization(&self) -> Value {
        match self.body {
            Some(body) => json!({
                "@type": "Organization",
                "name": body.label(OfficialLanguage::English),
                "alternateName": body.as_str(),
            }),
            None => json!({ "@type": "Organization", "name": NATO }),
        }
    }

    fn identifier(&self) -> Option<Value> {
        let (property, value) = match (self.reference, &self.post_number) {
            (Some(reference), _) => ("vacancy reference", reference.to_string()),
            (None, Some(post_number)) => ("post number", post_number.to_string()),
            (None, None) => return None,
        };
        let organization = self
            .body
            .map_or(NATO, |body| body.label(OfficialLanguage::English));
        Some(json!({
            "@type": "PropertyValue",
            "propertyID": property,
            "name": organization,
            "value": value,
        }))
    }

    fn job_locations(&self) -> Option<Value> {
        let places: Vec<Value> = self
            .primary_location
            .iter()
            .chain(&self.other_locations)
            .map(place)
            .collect();
        (!places.is_empty()).then_some(Value::Array(places))
    }

    fn skills(&self) -> Option<Value> {
        let terms: Vec<Value> = self
            .competencies
            .iter()
            .map(|c| {
                json!({
                    "@type": "DefinedTerm",
                    "name": c.competency().as_str(),
                    "description": c.level().descriptor(OfficialLanguage::English),
                    "inDefinedTermSet": "NATO civilian competency framework",
                })
            })
            .collect();
        (!terms.is_empty()).then_some(Value::Array(terms))
    }
}

fn employment_type(schedule: Schedule) -> Value {
    json!(match schedule {
        Schedule::FullTime => "FULL_TIME",
        Schedule::PartTime => "PART_TIME",
    })
}

fn base_salary(salary: &Salary) -> Value {
    let unit = match salary.period() {
        PayPeriod::Monthly => "MONTH",
        PayPeriod::Annual => "YEAR",
    };
    // schema.org wants a number. The shortest float that prints back as the
    // decimal is what serde_json writes, so `8754.21` stays `8754.21`.
    let amount = salary
        .amount()
        .to_string()
        .parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
        .map_or_else(|| json!(salary.amount().to_string()), Value::Number);
    json!({
        "@type": "MonetaryAmount",
        "currency": salary.currency().as_str(),
        "value": {
            "@type": "QuantitativeValue",
            "value": amount,
            "unitText": unit,
        },
    })
}

fn place(location: &Location) -> Value {
    let mut address = Map::new();
    address.insert("@type".into(), json!("PostalAddress"));
    address.insert("addressCountry".into(), json!(location.country()));
    if let Some(city) = location.city() {
        address.insert("addressLocality".into(), json!(city));
    }
    json!({ "@type": "Place", "address": address })
}

fn responsibilities(prose: &NoticeText) -> Option<Value> {
    // The headings and paragraphs, one per line.
    let mut text = String::new();
    let mut lines = 0;
    for area in &prose.accountabilities {
        if !area.heading.is_empty() {
            text.push_str(&area.heading);
            text.push('\n');
            lines += 1;
        }
        text.push_str(area.paragraphs.as_str());
        lines += area.paragraphs.len();
    }
    text.pop();
    (lines > 0).then_some(Value::String(text))
}

/// Lines joined one per line, `None` when there are none.
fn joined(lines: &Paragraphs) -> Option<Value> {
    joined_text(lines).map(Value::String)
}

fn joined_text(lines: &Paragraphs) -> Option<String> {
    let text = lines.as_str();
    (!lines.is_empty()).then(|| text[..text.len() - 1].to_owned())
}
