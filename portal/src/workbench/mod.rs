//! The correction workbench, UWV's side of Helder: worklists per category and step (`worklist`),
//! a taken case with the form of its step (`case`, the facts entry in `facts`), and the team
//! lead's dashboard (`dashboard`). The server enforces who may do which step (the four eyes);
//! these screens only show and collect, and say a refusal in words. Compiled only into the staff
//! build (feature `workbench`, `www/staff/index.html`), so a client's phone never loads them.

pub(crate) mod case;
pub(crate) mod chart;
pub(crate) mod dashboard;
pub(crate) mod differences;
pub(crate) mod facts;
pub(crate) mod requests;
pub(crate) mod worklist;

use crate::form::error_code;
use crate::{Ctx, t, t_with};

/// The categories of the correction, in the order UWV lists them.
pub(crate) const CATEGORIES: [&str; 6] =
    ["to_check", "no_reason", "loonloze_tijdvakken", "indexering", "opting_in", "aop"];
/// The steps that have a worklist (a decided case is done).
pub(crate) const STEPS: [&str; 6] =
    ["sorted", "first_check", "second_check", "expert_team", "quality_check", "phone_call"];

/// A refused save in words: a lost race (409 `version_conflict`) says nothing is lost and to
/// reload; the four eyes and the order of steps say what to do instead.
pub(crate) fn refusal(ctx: Ctx, status: u16, body: &str) -> String {
    let code = error_code(body).unwrap_or_default();
    match (status, code.as_str()) {
        (409, "version_conflict") => t(ctx, "ui-wb-conflict"),
        (403, "four_eyes") => t(ctx, "ui-wb-four-eyes"),
        (403, "team_role") => t(ctx, "ui-wb-team-role"),
        (409, "not_taken") => t(ctx, "ui-wb-not-taken"),
        (409, "call_first") => t(ctx, "ui-wb-call-first"),
        (409, "wrong_step") => t(ctx, "ui-wb-wrong-step"),
        (409, "taken") => t(ctx, "ui-wb-taken"),
        _ => t_with(ctx, "ui-wb-refused", &[("code", &format!("{status} {code}"))]),
    }
}

/// A step's name for staff.
pub(crate) fn step_name(ctx: Ctx, step: &str) -> String {
    let id = match step {
        "sorted" => "ui-wb-step-sorted",
        "first_check" => "ui-wb-step-first_check",
        "second_check" => "ui-wb-step-second_check",
        "expert_team" => "ui-wb-step-expert_team",
        "quality_check" => "ui-wb-step-quality_check",
        "phone_call" => "ui-wb-step-phone_call",
        "decided" => "ui-wb-step-decided",
        other => return other.to_owned(),
    };
    t(ctx, id)
}

/// A category's name for staff.
pub(crate) fn category_name(ctx: Ctx, category: &str) -> String {
    let id = match category {
        "to_check" => "ui-wb-category-to_check",
        "no_reason" => "ui-wb-category-no_reason",
        "loonloze_tijdvakken" => "ui-wb-category-loonloze_tijdvakken",
        "indexering" => "ui-wb-category-indexering",
        "opting_in" => "ui-wb-category-opting_in",
        "aop" => "ui-wb-category-aop",
        other => return other.to_owned(),
    };
    t(ctx, id)
}

/// Who gets the decision letter, in words.
pub(crate) fn copy_name(ctx: Ctx, copy: &str) -> String {
    match copy {
        "client" => t(ctx, "ui-wb-copy-client"),
        "employer" => t(ctx, "ui-wb-copy-employer"),
        other => other.to_owned(),
    }
}
