//! The article's own tables, as it prints them, with its credits.

use verdict_core::DATASET;
use yew::prelude::*;

#[component]
pub fn ArticleTables() -> Html {
    html! {
        <details class="article" part="article">
            <summary>{ "The article's tables and the scores read from them" }</summary>
            <p class="hint">
                { format!("As printed in “{}” ({}, {}). These are the article's claims; the credits in parentheses are its own.", DATASET.source.title, DATASET.source.publisher, DATASET.source.year) }
            </p>
            <div class="table-wrap">
                <table>
                    <caption>{ "Scores (0 to 10) we read from the article" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Criterion" }</th>
                            { for DATASET.options.iter().map(|o| html! { <th scope="col">{ o.label }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for DATASET.criteria.iter().map(|c| html! {
                            <tr>
                                <th scope="row">{ c.label }</th>
                                { for c.scores.iter().map(|s| html! {
                                    <td>
                                        <strong>{ s.score }</strong>{ ": " }{ s.rationale }
                                        <span class="source">{ format!(" Source: {}.", s.credit) }</span>
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { for DATASET.tables.iter().map(|table| html! {
                <div class="table-wrap">
                    <table data-table={table.id}>
                        <caption>{ table.title }<span class="source">{ format!(" Source: {}.", table.credit) }</span></caption>
                        <thead>
                            <tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr>
                        </thead>
                        <tbody>
                            { for table.rows.iter().map(|row| html! {
                                <tr>
                                    { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                        html! { <th scope="row">{ *cell }</th> }
                                    } else {
                                        html! { <td>{ *cell }</td> }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }) }
        </details>
    }
}
