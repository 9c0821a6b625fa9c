//! A horizontal bar chart as SVG for the team lead's dashboard. Each bar carries its label and
//! its number as text, so the chart reads without colour; the same numbers stand in a table
//! beside it on the dashboard.

use leptos::prelude::*;

/// Height of one bar's row and the space for the labels, in SVG units.
const ROW: i64 = 24;
const LABEL: i64 = 130;
const BARS: i64 = 130;
const WIDTH: i64 = LABEL + BARS + 40;

/// Bars for `rows` of (label, count), longest bar for the largest count; `title` says what the
/// chart shows and where its numbers stand as a table (the SVG's accessible name).
#[component]
pub fn BarChart(id: String, title: String, rows: Vec<(String, i64)>) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let highest = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = (rows.len() as i64).max(1) * ROW;
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(index, (label, count))| {
            let y = index as i64 * ROW;
            // A count above zero always shows a sliver, so it is not read as zero.
            let length = if count > 0 { (count * BARS / highest).max(2) } else { 0 };
            view! {
                <text class="chart-label" x=(LABEL - 6).to_string() y=(y + ROW / 2 + 5).to_string() text-anchor="end">{label}</text>
                <rect class="bar-count" x=LABEL.to_string() y=(y + 5).to_string() width=length.to_string() height=(ROW - 10).to_string()/>
                <text class="chart-value" x=(LABEL + length + 6).to_string() y=(y + ROW / 2 + 5).to_string()>{count}</text>
            }
        })
        .collect_view();
    view! {
        <svg id=id class="bar-chart" role="img" aria-labelledby=labelled_by
            viewBox=format!("0 0 {WIDTH} {height}") width="100%">
            <title id=title_id>{title}</title>
            {bars}
        </svg>
    }
}

/// A bar chart with the same numbers in a table beside it (below it on a phone). Each row is
/// (the chart's short label, the table's label, the count); no chart without rows.
#[component]
pub fn ChartWithTable(
    /// The table's id; the chart's is `{id}-chart`.
    id: &'static str,
    /// The heading that names the table's region.
    heading_id: &'static str,
    title: String,
    label_column: String,
    count_column: String,
    rows: Vec<(String, String, i64)>,
) -> impl IntoView {
    let bars: Vec<(String, i64)> = rows.iter().map(|(short, _, count)| (short.clone(), *count)).collect();
    let chart_id = format!("{id}-chart");
    view! {
        <div class="chart-with-table">
            {(!bars.is_empty()).then(|| view! { <BarChart id=chart_id title=title rows=bars/> })}
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=heading_id>
                <table id=id>
                    <thead><tr>
                        <th scope="col">{label_column}</th>
                        <th scope="col" class="number">{count_column}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(_, label, count)| view! { <tr>
                            <td>{label}</td>
                            <td class="number">{count}</td>
                        </tr> }).collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}
