//! Unit tests of the score, select and clean stages on pages built by hand
//! ([`crate::testkit`]): each names the case, builds the few blocks it needs
//! and asserts the class, the region or the rule.

use crate::blocks::{Page, Tag};
use crate::clean::{self, Rule};
use crate::hints::Ctx;
use crate::score::{self, Class};
use crate::select;
use crate::testkit::{PROSE, PageBuilder};
use crate::{Focus, PageKind};

/// Scores, selects and cleans a page as the pipeline does.
fn decide(page: &Page, focus: Focus) -> Vec<Rule> {
    let scores = score::score_all(page);
    let region = select::select(page, &scores, &[], PageKind::Article);
    clean::clean(page, &scores, &region, focus)
}

#[test]
fn score_a_long_punctuated_paragraph_is_prose_worth_its_words() {
    let mut p = PageBuilder::new();
    p.para(0, PROSE);
    let s = score::score_all(&p.build())[0];
    assert_eq!(s.class, Class::Good);
    assert_eq!(s.weight, PROSE.split_whitespace().count() as f32);
}

#[test]
fn score_a_row_of_links_is_boilerplate_weighing_against_its_region() {
    let mut p = PageBuilder::new();
    p.links(0, "Home News Sport Weather Business Culture");
    let s = score::score_all(&p.build())[0];
    assert_eq!(s.class, Class::Bad);
    assert!(s.weight < 0.0);
}

#[test]
fn score_a_short_label_is_undecided_and_a_heading_costs_nothing() {
    let mut p = PageBuilder::new();
    p.para(0, "Updated today");
    p.block(0, Tag::Heading(2), "Damage");
    let scores = score::score_all(&p.build());
    assert_eq!(scores[0].class, Class::Short);
    assert!(scores[0].weight < 0.0);
    assert_eq!(scores[1].class, Class::Short);
    assert_eq!(scores[1].weight, 0.0);
}

#[test]
fn score_a_medium_block_without_punctuation_is_near() {
    let mut p = PageBuilder::new();
    p.para(0, "Storm closes harbour as ferries stay in port all day");
    assert_eq!(score::score_all(&p.build())[0].class, Class::Near);
}

#[test]
fn select_takes_the_article_not_the_menu_beside_it() {
    let mut p = PageBuilder::new();
    let nav = p.elem(0, Tag::Container, Ctx::NAV);
    p.links(nav, "Home News Sport Weather Business Culture Travel");
    let article = p.elem(0, Tag::Container, Ctx::empty());
    p.para(article, PROSE);
    p.para(article, PROSE);
    let page = p.build();
    let region = select::select(&page, &score::score_all(&page), &[], PageKind::Article);
    assert_eq!(region.root, article);
    assert_eq!((region.first, region.end), (1, 3));
}

#[test]
fn select_spans_a_body_split_in_two_by_an_ad_slot() {
    let mut p = PageBuilder::new();
    let wrapper = p.elem(0, Tag::Container, Ctx::empty());
    let first = p.elem(wrapper, Tag::Container, Ctx::empty());
    p.para(first, PROSE);
    p.para(first, PROSE);
    let ad = p.elem(wrapper, Tag::Container, Ctx::AD);
    p.para(ad, "Advertisement");
    let second = p.elem(wrapper, Tag::Container, Ctx::empty());
    p.para(second, PROSE);
    p.para(second, PROSE);
    let footer = p.elem(0, Tag::Container, Ctx::FOOTER);
    p.links(footer, "About Contact Privacy Terms Careers");
    let page = p.build();
    let region = select::select(&page, &score::score_all(&page), &[], PageKind::Article);
    assert_eq!(region.root, wrapper);
}

#[test]
fn clean_drops_a_caption_in_a_figure_and_keeps_a_subheading_between_prose() {
    let mut p = PageBuilder::new();
    let body = p.elem(0, Tag::Container, Ctx::empty());
    p.para(body, PROSE);
    let figure = p.elem(body, Tag::Container, Ctx::FIGURE);
    let caption = p.block(figure, Tag::Caption, "Waves over the old pier on Tuesday.");
    let heading = p.block(body, Tag::Heading(2), "Damage");
    p.para(body, PROSE);
    let rules = decide(&p.build(), Focus::Balanced);
    assert_eq!(rules[caption], Rule::Caption);
    assert_eq!(rules[heading], Rule::Context);
    assert_eq!(rules[0], Rule::Prose);
}

#[test]
fn clean_drops_read_more_lines_ad_labels_and_credits_by_their_text() {
    let mut p = PageBuilder::new();
    let body = p.elem(0, Tag::Container, Ctx::empty());
    p.para(body, PROSE);
    let read_more = p.para(body, "Read more: Ferries cancelled as winds strengthen");
    // "Advertisement" also starts a read-more line, a check that comes
    // first in the table; a label in another language is the ad label's.
    let label = p.para(body, "Anzeige");
    let credit = p.para(body, "Picture: PA");
    p.para(body, PROSE);
    let rules = decide(&p.build(), Focus::Balanced);
    assert_eq!(rules[read_more], Rule::ReadMore);
    assert_eq!(rules[label], Rule::AdLabel);
    assert_eq!(rules[credit], Rule::Caption);
}

#[test]
fn clean_a_short_line_after_the_last_paragraph_and_a_label_is_edge_except_with_recall() {
    let mut p = PageBuilder::new();
    let body = p.elem(0, Tag::Container, Ctx::empty());
    p.para(body, PROSE);
    p.para(body, PROSE);
    p.para(body, "Updated today");
    let tail = p.para(body, "Filed under weather");
    let page = p.build();
    assert_eq!(decide(&page, Focus::Balanced)[tail], Rule::Edge);
    assert_eq!(decide(&page, Focus::Recall)[tail], Rule::Context);
}

#[test]
fn clean_keeps_a_lead_in_before_dense_text_and_a_closing_line_after_it() {
    let mut p = PageBuilder::new();
    let body = p.elem(0, Tag::Container, Ctx::empty());
    let lead_in = p.para(body, "Short answer: yes.");
    p.para(body, PROSE);
    p.para(body, PROSE);
    let closing = p.para(body, "Safe travels!");
    // After the closing line, whose two words a line are no text's, a
    // label is the body's edge again.
    let label = p.para(body, "Filed under weather");
    let page = p.build();
    let rules = decide(&page, Focus::Balanced);
    assert_eq!(rules[lead_in], Rule::BesideDense);
    assert_eq!(rules[closing], Rule::BesideDense);
    assert_eq!(rules[label], Rule::Edge);
    // Precision keeps nothing past the last paragraph, and no lead-in.
    let rules = decide(&page, Focus::Precision);
    assert_eq!((rules[lead_in], rules[closing]), (Rule::Edge, Rule::Edge));
}

#[test]
fn clean_a_short_line_beside_a_dropped_caption_has_no_dense_neighbour() {
    let mut p = PageBuilder::new();
    let body = p.elem(0, Tag::Container, Ctx::empty());
    p.para(body, PROSE);
    p.para(body, PROSE);
    let figure = p.elem(body, Tag::Container, Ctx::FIGURE);
    p.block(
        figure,
        Tag::Caption,
        "Waves break over the old pier at high tide on Tuesday morning, as the wind rose to ninety miles an hour.",
    );
    let tail = p.para(body, "Filed under weather");
    assert_eq!(decide(&p.build(), Focus::Balanced)[tail], Rule::Edge);
}

#[test]
fn clean_blocks_outside_the_region_are_dropped_as_such() {
    let mut p = PageBuilder::new();
    let nav = p.elem(0, Tag::Container, Ctx::NAV);
    let menu = p.links(nav, "Home News Sport Weather Business Culture Travel");
    let body = p.elem(0, Tag::Container, Ctx::empty());
    p.para(body, PROSE);
    p.para(body, PROSE);
    assert_eq!(
        decide(&p.build(), Focus::Balanced)[menu],
        Rule::OutsideRegion
    );
}
