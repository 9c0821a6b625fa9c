//! Checks of wording shared by the explanation tests (worked calculation, what changed): no trace
//! ids or internal codes, no English words in Dutch (or Dutch in English), Dutch money.

/// Words that are English and never Dutch ("maximum", "minimum", "half" and "start" are Dutch too).
pub const ENGLISH: &[&str] = &[
    "the",
    "and",
    "to",
    "you",
    "your",
    "with",
    "from",
    "for",
    "of",
    "which",
    "this",
    "that",
    "rule",
    "income",
    "advance",
    "paid",
    "month",
    "months",
    "wage",
    "wages",
    "benefit",
    "day",
    "days",
    "total",
    "rounded",
    "true",
    "false",
    "applies",
    "capped",
    "uncapped",
    "offset",
    "interest",
    "penalty",
    "amount",
    "percent",
    "rate",
    "due",
    "waived",
    "refund",
    "repay",
    "assumption",
    "up",
    "cents",
];

/// Words that are Dutch and never English.
pub const DUTCH: &[&str] = &[
    "uw",
    "van",
    "het",
    "de",
    "een",
    "en",
    "niet",
    "dagloon",
    "maandloon",
    "uitkering",
    "voorschot",
    "nabetaling",
    "loon",
    "maand",
    "werkdagen",
    "dagen",
    "afgerond",
    "verhoging",
    "krijgt",
    "kreeg",
    "terug",
    "rente",
    "wet",
    "artikel",
    "lid",
    "onder",
    "besluit",
    "samen",
    "vanaf",
    "tot",
    "met",
    "op",
    "hele",
    "centen",
    "minimumloon",
    "vakantiegeld",
    "dwangsom",
    "per",
    "dag",
    "brief",
    "uitspraak",
];

/// Dutch names that stay in the English text, each for a reason:
/// - `Dagloonbesluit`, `Algemene`, `termijnenwet`: the official Dutch title of a regulation,
///   given in brackets after its English name, so a reader can find the text;
/// - `per`: English too ("€100.00 per day" is not written, but "per month" is English).
pub const DUTCH_IN_ENGLISH: &[&str] = &["dagloonbesluit", "algemene", "termijnenwet", "per"];

/// A trace id (`B28`), a rule code (`ww_offset`), or an internal code (`HERSTEL-2021`).
pub fn is_code(word: &str) -> bool {
    let mut chars = word.chars();
    let trace_id = matches!(chars.next(), Some('T' | 'D' | 'B' | 'A' | 'W' | 'N' | 'P' | 'U'))
        && word.len() > 1
        && chars.all(|c| c.is_ascii_digit());
    let snake = word.contains('_');
    let internal = word.split_once('-').is_some_and(|(letters, digits)| {
        !letters.is_empty()
            && letters.chars().all(|c| c.is_ascii_uppercase())
            && !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
    });
    trace_id || snake || internal
}

/// The numbers of a Dutch text that are not written as Dutch money (`€ 1.234,56`), a whole
/// number (a count, a day or a year: `216`, `6`, `2025`), a percentage (`75%`, `2,46%`) or the
/// law's 21,75 working days a month.
pub fn badly_written_numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut bad = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == ',') {
            i += 1;
        }
        let token: String = chars[start..i].iter().collect();
        // Sentence punctuation after a number is not part of it.
        let number = token.trim_end_matches(['.', ',']);
        let before: String = chars[..start].iter().rev().take(2).collect::<String>().chars().rev().collect();
        let money = before == "€ " && is_dutch_money(number);
        let percent = chars.get(start + number.chars().count()) == Some(&'%') && is_dutch_decimal(number);
        let whole = before != "€ "
            && number.len() <= 4
            && number.chars().all(|c| c.is_ascii_digit())
            && (number == "0" || !number.starts_with('0'));
        let days_per_month = number == "21,75";
        // A date in digits (`2024-06-01`, `01-06-2024`) is not in words.
        let in_digits_date = chars.get(i) == Some(&'-') || before.ends_with('-');
        if !(money || percent || whole || days_per_month) || in_digits_date {
            bad.push(token);
        }
    }
    bad
}

pub fn is_dutch_money(number: &str) -> bool {
    let Some((whole, cents)) = number.split_once(',') else { return false };
    let groups: Vec<&str> = whole.split('.').collect();
    cents.len() == 2
        && cents.chars().all(|c| c.is_ascii_digit())
        && groups.iter().all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
        && groups.first().is_some_and(|g| g.len() <= 3 && (g.len() == 1 || !g.starts_with('0')))
        && groups.iter().skip(1).all(|g| g.len() == 3)
}

pub fn is_dutch_decimal(number: &str) -> bool {
    !number.contains('.')
        && number.split(',').count() <= 2
        && number.split(',').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
}

/// Euro amounts written in a sentence (explanations and letters), as contract money strings ("1234.56").
pub fn amounts_in(text: &str, language: &str) -> Vec<String> {
    let (marker, thousands, decimal) = if language == "nl" { ("€\u{a0}", '.', ',') } else { ("€", ',', '.') };
    let mut out = Vec::new();
    for piece in text.split(marker).skip(1) {
        let number: String =
            piece.chars().take_while(|c| c.is_ascii_digit() || *c == thousands || *c == decimal).collect();
        let number = number.trim_end_matches(['.', ',']);
        let plain: String =
            number.chars().filter(|c| *c != thousands).map(|c| if c == decimal { '.' } else { c }).collect();
        out.push(plain);
    }
    out
}
