//! The article's checkable claims beside independent figures, each with
//! its source, date and link, and a plain label of how far it holds.

use verdict_core::DATASET;
use yew::prelude::*;

#[component]
pub fn EvidenceView() -> Html {
    html! {
        <details class="evidence" part="evidence">
            <summary>{ "Evidence: the article's claims, checked" }</summary>
            <ul class="claims">
                { for DATASET.evidence.iter().map(|item| html! {
                    <li class="claim" data-evidence={item.id}>
                        <p class="claim-head">
                            <span class={format!("status status-{}", item.status.replace(' ', "-"))}>{ item.status }</span>
                            <span class="claim-text">
                                { "The article claims: “" }{ item.claim }{ "”" }
                                <span class="source">{ format!(" (credited to {})", item.article_credit) }</span>
                            </span>
                        </p>
                        <p class="claim-summary">{ item.summary }</p>
                        <ul class="figures">
                            { for item.figures.iter().map(|figure| html! {
                                <li>
                                    { figure.label }{ ": " }<strong>{ figure.value }</strong>{ ". " }
                                    <a href={figure.url} target="_blank" rel="noopener noreferrer">{ figure.source }</a>
                                    { format!(", {}.", figure.date) }
                                </li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </details>
    }
}
