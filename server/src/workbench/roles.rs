//! Team roles on the workbench: `checker` (first and second check, phone call, decision),
//! `expert` (decides disagreements), `quality` (the quality check), `team_lead` (reads
//! everything, does no step). Only staff accounts hold them; a staff account without one (the
//! call centre) has no workbench.

use crate::auth::Session;
use crate::db::Db;
use crate::error::ApiError;

pub const CHECKER: &str = "checker";
pub const EXPERT: &str = "expert";
pub const QUALITY: &str = "quality";
pub const TEAM_LEAD: &str = "team_lead";

/// The team roles of the signed-in account; 403 `workbench_only` without any.
pub async fn team_roles(db: &Db, session: &Session) -> Result<Vec<String>, ApiError> {
    if session.account.role != "staff" {
        return Err(ApiError::Forbidden("workbench_only"));
    }
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT team_role FROM team_roles WHERE account_id = $1 ORDER BY team_role")
            .bind(&session.account.id)
            .fetch_all(&db.pool)
            .await?;
    let roles: Vec<String> = rows.into_iter().map(|(role,)| role).collect();
    if roles.is_empty() {
        return Err(ApiError::Forbidden("workbench_only"));
    }
    Ok(roles)
}

/// 403 `team_role` unless the account holds `role`.
pub async fn require(db: &Db, session: &Session, role: &str) -> Result<(), ApiError> {
    if team_roles(db, session).await?.iter().any(|r| r == role) {
        Ok(())
    } else {
        Err(ApiError::Forbidden("team_role"))
    }
}

/// Gives a staff account a team role (demo data, tests, administration).
pub async fn grant(db: &Db, account_id: &str, role: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO team_roles (account_id, team_role) VALUES ($1, $2)")
        .bind(account_id)
        .bind(role)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The role a step needs.
pub fn for_step(step: &str) -> Option<&'static str> {
    match step {
        "sorted" | "first_check" | "second_check" | "phone_call" => Some(CHECKER),
        "expert_team" => Some(EXPERT),
        "quality_check" => Some(QUALITY),
        _ => None,
    }
}
