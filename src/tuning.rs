//! Every threshold and weight of the heuristics, in one place, grouped by
//! the stage that uses it: parse, pipeline, decode, blocks, score, select,
//! clean (its rules, then the text checks of short lines), meta.
//!
//! Each constant says why it has its value. Word counts are whitespace words
//! (one per character in Chinese and Japanese, one per
//! [`UNSPACED_CHARS_PER_WORD`] characters in Thai, Lao, Khmer and Burmese);
//! link densities are shares in `0..=1`, text densities words per line of
//! [`WRAP_WIDTH`] columns.
//! Word lists are in [`crate::lexicon`].

// --- Parse: limits on the tree the parser builds ---

/// Deepest nesting of elements the parse stage lets through; deeper start
/// tags are dropped (their text is kept, in the deepest admitted element).
/// Browsers cap the tree at about this depth (Blink: 512); no real page
/// nests deeper, and the bound keeps html5ever's scans of its stack of open
/// elements, which cost time in proportion to the depth, linear overall.
pub(crate) const MAX_NESTING: usize = 512;

/// Size of the pieces the page is fed to the parser in (cut at character
/// boundaries). Below the allocator's threshold for a mapping of its own
/// (128 KiB in glibc), and large enough that a piece costs nothing to set up.
pub(crate) const PARSE_CHUNK_BYTES: usize = 64 * 1024;

/// Most nodes the tree is given room for before parsing (it grows beyond
/// as needed): the page's count of `<` stands for its nodes, but a page of
/// scripts has many `<` and few nodes, and room is memory (about 130 bytes
/// a node). News pages have a few thousand nodes.
pub(crate) const MAX_RESERVED_NODES: usize = 64 * 1024;

/// Most formatting elements (`b`, `i`, `a`, `font`, ...) left open at once.
/// The tree builder re-opens every unclosed formatting element at the start
/// of each new block, so without this bound a page of unclosed, distinct
/// formatting tags can rebuild a deep tree out of a shallow one.
pub(crate) const MAX_OPEN_FORMATTING: usize = 512;

// --- Pipeline: the re-read with scripts off, and the minimum of an article ---

/// Default of [`Options::min_article_words`](crate::Options::min_article_words):
/// a page with fewer prose words than this in its best region has no article
/// (an index page, a login wall, a script-only shell). The user's to change;
/// the clean stage's own test for an index page is [`STORY_MIN_WORDS`].
pub(crate) const DEFAULT_MIN_ARTICLE_WORDS: u32 = 15;

/// Fewest bytes of markup in a page's `<noscript>` elements for a page
/// without an article to be read again with scripts off: a thread or an
/// article takes kilobytes, while the tags of tracking pixels and notices
/// to enable JavaScript take a few hundred bytes each.
pub(crate) const NOSCRIPT_MIN_BYTES: usize = 1024;

/// Most words of a notice that a page needs scripts: a sentence or three,
/// well under a thread or an article.
pub(crate) const SCRIPT_NOTICE_MAX_WORDS: u32 = 80;

// --- Decode: telling a page read with the wrong charset ---

/// A page without an article whose text holds at least this many marks of
/// a wrong charset (replacement characters, UTF-8 read as Latin-1) is said
/// to look garbled: a handful of stray `Ã©` happen in any large page.
pub(crate) const GARBLED_MIN_MARKS: u32 = 5;

/// ... and at least one mark for this many words: a page decoded with the
/// wrong charset has a mark in most of its non-ASCII words, a page that
/// quotes mojibake once in a while far fewer.
pub(crate) const GARBLED_MIN_SHARE: u32 = 20;

// --- Blocks: what the walk records ---

/// Thai, Lao, Khmer and Burmese are written without spaces between words
/// (spaces end phrases and sentences): in their runs one word is counted
/// for this many characters, the length of a word of these scripts with
/// its vowel and tone marks (เมื่อ, วัน, อังคาร: 5, 3, 6; about four on
/// average). Counting each space-separated run as one word would make a
/// paragraph of 300 characters five words, a label to every rule.
pub(crate) const UNSPACED_CHARS_PER_WORD: u32 = 4;

/// An image whose `width` or `height` attribute is below this many pixels
/// is an icon, a spacer or a tracking pixel, not a picture of the article.
pub(crate) const IMAGE_MIN_SIDE: u32 = 48;

/// ARIA roles of elements that are read although their markup hides them
/// (`hidden`, `aria-hidden`, `display: none`): a tab panel is hidden only
/// until its tab is picked, and the panels of a set of tabs (a code sample
/// in each language, the steps for each system) are all the page's text.
pub(crate) const SHOWN_HIDDEN_ROLES: &[&str] = &["tabpanel"];

/// Class names of the CSS frameworks for a tab panel (Bootstrap's
/// `tab-pane`, Foundation's `tabs-panel`, and their spellings), matched as
/// whole class words: read although hidden, as the elements of
/// [`SHOWN_HIDDEN_ROLES`] are. A shop puts its specifications and its
/// description in tabs so marked, without the ARIA role.
pub(crate) const SHOWN_HIDDEN_CLASSES: &[&str] =
    &["tab-pane", "tab-panel", "tabs-panel", "tabpanel"];

// --- Score: a block judged alone ---

/// A block with at least this many words and sentence punctuation reads as
/// prose. Below it a block is a label, a headline or a menu item; a one-line
/// sentence of body copy is about 10–12 words.
pub(crate) const PROSE_MIN_WORDS: u32 = 10;

/// A block this long is prose even without punctuation (transcripts, poems,
/// languages whose full stop we do not know): navigation never runs this long
/// in one block.
pub(crate) const LONG_BLOCK_WORDS: u32 = 40;

/// Smallest share of capitalised or numeric words that makes a long block
/// without punctuation a run of names or codes (the towns and postcodes a
/// business serves, a cloud of tags), not prose: a transcript or a poem
/// without stops has its small words ("the", "and", "of") between the
/// names; a run of names has none.
pub(crate) const NAME_RUN_MIN_SHARE: f32 = 0.9;

/// A block of lines broken with `<br>` whose lines average fewer words
/// than this is a column of labels (languages with their counts, names, an
/// address), not prose, however long it runs: it is judged at most
/// medium. The lines of a poem or of prose written with breaks run longer.
pub(crate) const LINE_MIN_WORDS: u32 = 5;

/// Blocks shorter than this are "short": they neither vouch for a region nor
/// count against it on their own, and inside the body they are kept only with
/// good neighbours (jusText's context rule).
pub(crate) const SHORT_WORDS: u32 = 5;

/// Share of a block's words inside links above which it is navigation or a
/// teaser rather than body copy. Body paragraphs link a few words at most;
/// teaser cards and menus are links through and through.
pub(crate) const MAX_LINK_DENSITY: f32 = 0.5;

/// A block whose link share is above this is not used as evidence for a
/// region even if it is long: it is a link-rich paragraph at best.
pub(crate) const EVIDENCE_LINK_DENSITY: f32 = 0.33;

/// Weight of a word of boilerplate against a word of prose when the selection
/// stage weighs a region. Above 1, a region that takes in a teaser list or a
/// menu to gain the same number of prose words loses.
pub(crate) const BOILERPLATE_WEIGHT: f32 = 1.0;

/// Weight of medium blocks (and link-rich prose) against prose: they may be
/// body copy or teaser blurbs, so they vouch for a region at half strength.
pub(crate) const NEAR_WEIGHT: f32 = 0.5;

/// Weight of a short non-heading block (a label, a date, a menu entry that is
/// not a link): a small cost, so that of two boxes around the same prose the
/// one with less clutter wins.
pub(crate) const SHORT_WEIGHT: f32 = -0.5;

// --- Select: the region and the teaser cards ---

/// Factor on the total of an element whose own class, id or role names the
/// article body (`article-body`, `itemprop=articleBody`) when it competes to
/// be the region. A nudge, not a verdict: density must still agree.
pub(crate) const ARTICLE_HINT_BOOST: f32 = 1.2;

/// Factor on the prose total of an element whose own tag, role, class or id
/// names boilerplate (comments, related, sidebar, nav, footer) when it is
/// added to its parent: its prose counts against the parent, since comment
/// threads and teaser blurbs are often longer than the article.
pub(crate) const HINTED_PROSE_WEIGHT: f32 = -0.5;

/// Factor on a candidate region inside an element hinted as boilerplate: it
/// may still win (a wrapper's class can be misleading, and then every
/// candidate inside it is discounted alike) but needs four times the prose of
/// a candidate outside, since a comment thread often outweighs a short story.
pub(crate) const INSIDE_HINTED_FACTOR: f32 = 0.25;

/// A teaser card (image, headline link, author, date, summary, "read more")
/// has at most this many lines (blocks, and the lines of a block broken
/// with `<br>`); a section of an article, or a post, has more.
pub(crate) const CARD_MAX_BLOCKS: u32 = 6;

/// A teaser card's summary is a sentence or two: at most this many words in
/// the whole card. Items of a listicle run longer.
pub(crate) const CARD_MAX_WORDS: u32 = 120;

/// A card's headline link has at least this many words ("More" or "Next"
/// links are not headlines).
pub(crate) const CARD_HEADLINE_MIN_WORDS: u32 = 3;

/// A card's headline link has at most this many words.
pub(crate) const CARD_HEADLINE_MAX_WORDS: u32 = 25;

/// Fewest cards side by side for a card to count as a teaser: one box of a
/// headline link and a summary may be the story's own pull-out; a teaser
/// list repeats the shape.
pub(crate) const CARD_MIN_SIBLINGS: u32 = 2;

// --- Clean: the rules and the neighbours ---

/// Inside the region, a hint (class, id, role or tag) on an element holding
/// more than this share of the region's prose words is not believed: captions,
/// teaser boxes, bylines and comment threads never hold most of the article,
/// so such a hint is a wrapper's misleading name ("post-with-comments").
pub(crate) const HINT_MAX_PROSE_SHARE: f32 = 0.5;

/// Fewest prose words outside teaser cards for a region to hold a story:
/// below it the region is an index page (cards and little else), not a
/// listicle, and its cards are dropped however much they weigh. Internal:
/// [`Options::min_article_words`](crate::Options::min_article_words) does
/// not move it. Same value as that option's default, for the same reason:
/// less than a short paragraph is no story.
pub(crate) const STORY_MIN_WORDS: u32 = 15;

/// Most words of a block taken for the headline because its text is the
/// page's title: headlines run to 20 words or so.
pub(crate) const HEADLINE_MAX_WORDS: u32 = 40;

/// Captions are short: a block of at most this many words, alone with an
/// image in a small box, is the image's caption.
pub(crate) const CAPTION_MAX_WORDS: u32 = 30;

/// On a discussion a punctuated block of at least this many words beside a
/// picture is a short post with the picture its author put in it (a
/// reaction GIF, a screenshot), not a caption; the lines beside a poster's
/// avatar ("answered Oct 16, 2010", a badge count) are shorter.
pub(crate) const POST_BESIDE_IMAGE_MIN_WORDS: u32 = 10;

/// A box holding an image, its caption and its credit has at most this many
/// lines (blocks, and the lines of a block broken with `<br>`); a section
/// of the article with a photo in it has more.
pub(crate) const IMAGE_BOX_MAX_BLOCKS: u32 = 3;

/// Levels above a short block (its element, parent, grandparent) searched
/// for the small box it shares with an image: figures built of `div`s wrap
/// the picture and its caption two or three deep; higher up is the article.
pub(crate) const IMAGE_BOX_MAX_DEPTH: usize = 3;

/// A short block is kept inside the body when prose lies this many blocks
/// before and after it (sub-headings, short quotes between paragraphs).
pub(crate) const CONTEXT_REACH: usize = 3;

/// A short block at the body's edge is kept when the block after it is
/// denser than this, in words per wrapped line ([`WRAP_WIDTH`]): a line of
/// prose, so the short block is the heading or lead-in of the paragraph it
/// introduces. Boilerpipe's density rules (Kohlschütter et al., 2010)
/// split there; the value is theirs, not fitted to our pages.
pub(crate) const BESIDE_NEXT_MIN_DENSITY: f32 = 10.0;

/// ... or when the block before it is denser than this: more than a label
/// or a menu's leftover (a paragraph, a list item), so the short block is
/// the closing line of the text it follows. Boilerpipe's value too.
pub(crate) const BESIDE_PREV_MIN_DENSITY: f32 = 4.0;

/// Datelines, contact lines and pitches are looked for among this many kept
/// blocks at each end of the body, where they sit; in the middle a line that
/// looks like one is more likely a sentence of the story.
pub(crate) const EDGE_BLOCKS: usize = 4;

/// Fewest words of a kept block for a repeat of its text to be dropped
/// (see `clean::drop_repeats`): a sentence. Shorter lines repeat by
/// nature on the pages that drop repeats (a price, "In stock", a forum
/// member's "Joined: 2019"), and each belongs where it stands.
pub(crate) const REPEAT_MIN_WORDS: u32 = 5;

// --- Clean: the text checks of short lines (`lines.rs`; their words are in `lexicon.rs`) ---

/// Characters at the start of a line compared with the prefixes of credits
/// and "Read more" lines: the longest prefix is under 20 characters, and a
/// short head keeps the check cheap on long paragraphs.
pub(crate) const LINE_HEAD_CHARS: usize = 24;

/// Caption or credit lines ("Picture: PA", "Photo: Reuters") are short; a
/// block that starts like one and is longer than this is a sentence that
/// happens to begin with the word.
pub(crate) const CREDIT_MAX_WORDS: u32 = 20;

/// "Read more: …" / "Related: …" link paragraphs are short; longer blocks that
/// start with those words are prose.
pub(crate) const READ_MORE_MAX_WORDS: u32 = 30;

/// Longest ad label, in bytes: the longest in the lexicon ("article
/// continues below advertisement") is under 40; a longer line is not only
/// a label.
pub(crate) const AD_LABEL_MAX_BYTES: usize = 40;

/// Most words of a loading placeholder ("Loading prices for your region…"):
/// a few words name what is coming; a sentence that starts "Loading the
/// boat took..." and trails off is longer.
pub(crate) const LOADING_PLACEHOLDER_MAX_WORDS: u32 = 6;

/// Fewest words of a dateline: a lone number or date is a label of some
/// other kind (a score, a year heading).
pub(crate) const DATELINE_MIN_WORDS: u32 = 2;

/// Datelines ("By Jane Roe | Nov 18, 2019 at 2:26 PM") are short; a longer
/// line with a date in it is a sentence.
pub(crate) const DATELINE_MAX_WORDS: u32 = 25;

/// Share of a dateline's words that are numbers, month or weekday names,
/// time zones or byline words ("by", "updated"). A sentence that mentions a
/// date has far fewer.
pub(crate) const DATELINE_MIN_SHARE: f32 = 0.5;

/// Most words of a post's date written without its year ("Mar 08", "on 7
/// March", "Posted Oct 3"): sites leave the year out of this year's
/// posts. The month and the day must be half the line or more, so a
/// longer line naming a month and a number is a sentence, not a date.
pub(crate) const YEARLESS_DATE_MAX_WORDS: u32 = 4;

/// Most words of a cookie or consent notice; the long ones explain the
/// categories of cookies, but stay well under an article's length.
pub(crate) const CONSENT_MAX_WORDS: u32 = 120;

/// Fewest words of a reaction count: a number and its word ("3 Likes").
pub(crate) const REACTION_COUNT_MIN_WORDS: u32 = 2;

/// Most words of a line that counts reactions ("1.2k views · 14 replies"):
/// two counts with their words.
pub(crate) const REACTION_COUNT_MAX_WORDS: u32 = 4;

/// Most words of a member's label with its value ("Join date: Aug 2008",
/// "Registered: 2011-11-29"): a label of up to two words and a date of up
/// to three; a longer line is a sentence that starts with the word.
pub(crate) const POST_LABEL_MAX_WORDS: u32 = 5;

/// Fewest words of a byline line: "By" and a name.
pub(crate) const BYLINE_MIN_WORDS: u32 = 2;

/// Most words of a byline line ("By Jane Doe and John Roe, Press
/// Association"): a handful of names and an affiliation.
pub(crate) const BYLINE_MAX_WORDS: u32 = 10;

/// Contact lines ("Email the author at …", "Follow her on Twitter @…") run
/// to a sentence or two.
pub(crate) const CONTACT_MAX_WORDS: u32 = 40;

/// Subscription pitches run to a sentence or two; a longer paragraph that
/// mentions a newsletter is about one.
pub(crate) const PITCH_MAX_WORDS: u32 = 40;

// --- Meta: what the page says about itself (`meta/`; its words are in `lexicon.rs`) ---

/// The `h1`s of a page looked at for its headline: a site's logo and the
/// article's headline come first; a page of many `h1`s is a page of
/// teasers, whose headline is none of them.
pub(crate) const MAX_H1: usize = 8;

/// Blocks before and after the `h1` searched for a visible date when the
/// page's metadata has none: the date line sits by the headline or byline.
pub(crate) const DATE_REACH: usize = 12;

/// Most words of a line read as a date line ("Published 19 November 2019,
/// 14:30 GMT" and its variants); longer blocks are prose that mentions a date.
pub(crate) const DATE_LINE_MAX_WORDS: u32 = 12;

/// The most bytes of one JSON-LD script that are read: real ones are a few
/// kilobytes; an oversized one is not the article's metadata.
pub(crate) const MAX_JSON_LD_BYTES: usize = 256 << 10;

/// The most values observed on one page, so that a page of a million
/// `<meta>` tags costs no more than one of a hundred.
pub(crate) const MAX_SIGNALS: usize = 512;

/// The most characters of a visible author name: an `itemprop=author` box
/// with a biography is not a name.
pub(crate) const MAX_AUTHOR_CHARS: usize = 80;

/// The most elements classed as dates whose text is kept: the article's
/// date comes early, later ones are teasers' and comments'.
pub(crate) const MAX_DATE_CLASSES: usize = 8;

/// The most elements classed as naming the author whose text is kept: the
/// article's byline comes early, later ones are teasers' bylines.
pub(crate) const MAX_AUTHOR_CLASSES: usize = 8;

/// Nodes searched inside a microdata author for the Person's `name`: a
/// byline box is a handful of elements.
pub(crate) const PERSON_NAME_REACH: usize = 64;

/// Most bytes of a line searched for a date: a date line, not a paragraph
/// that mentions one.
pub(crate) const DATE_TEXT_MAX_BYTES: usize = 200;

/// Most bytes of a script's quoted value read as a date: the longest ISO
/// 8601 form with fractions and an offset is about 35.
pub(crate) const SCRIPT_DATE_MAX_BYTES: usize = 40;

/// The years a date may fall in: older or later ones are not a web page's
/// publication (and a number in that range is read as a year).
pub(crate) const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// A visible byline is read for the authors' names when shorter than this
/// many bytes ("By Jane Doe and John Roe, Political Editors"); a longer
/// block is prose.
pub(crate) const BYLINE_MAX_BYTES: usize = 200;

/// Most words of one name in a visible byline: a given name, a middle one
/// or two and a family name; more is a sentence.
pub(crate) const BYLINE_NAME_MAX_WORDS: usize = 4;

/// Most words of an author's name from a `<meta>` tag or microdata: a
/// person's name or an organisation's ("Michigan Technological
/// University"); more is a sentence, such as a post's title.
pub(crate) const AUTHOR_MAX_WORDS: usize = 6;

/// Fewest sibling boxes of the same tag and class, each with an element
/// classed as an author's, that make a listing's cards: their authors are
/// the cards', not the page's.
pub(crate) const AUTHOR_CARD_MIN_RUN: usize = 3;

/// Most ancestors of an author-classed element searched for the listing
/// card it lies in.
pub(crate) const AUTHOR_CARD_DEPTH: usize = 6;

/// Most siblings looked at for a listing's cards: the first few cards show
/// the shape, and a long thread is not read once per author line.
pub(crate) const AUTHOR_CARD_SIBLINGS: usize = 32;

/// Fewest words of a title matched inside a longer one, and of a metadata
/// headline looked for among the blocks: shorter ones ("News", "Home") are
/// found everywhere.
pub(crate) const HEADLINE_MIN_WORDS: usize = 3;

/// Fewest characters of a word that two titles must share to speak of the
/// same thing: shorter ones are articles and prepositions ("the", "of").
pub(crate) const TOPIC_WORD_MIN_CHARS: usize = 4;

/// Most characters of a tag or keyword: longer ones are sentences stuffed
/// into the keywords.
pub(crate) const MAX_TAG_CHARS: usize = 60;

/// Most bytes of a language tag (BCP 47 allows 35 in practice).
pub(crate) const MAX_LANGUAGE_TAG_BYTES: usize = 35;

/// Most bytes of a character reference left in a metadata value
/// (`&#x1F600;`, `&nbsp;`): a longer run to a `;` is text.
pub(crate) const MAX_ENTITY_BYTES: usize = 10;

// --- Page kinds, the thread rule and text density ---

/// A run of sibling elements is a comment thread when at least this many
/// of them hold a date and a "Reply" link each: two could be a story's
/// byline box and a related link; three in a row is a thread's rhythm.
pub(crate) const THREAD_MIN_POSTS: u32 = 3;

/// Levels above the region's root searched, on a discussion, for the post
/// it lies in (`li > div > div > div.post-body`): a post's body sits a few
/// wrappers below the post, and forum software that lays a post out as a
/// grid of cells (author cell, main cell, attribution, content, user
/// content, body, text) puts the text seven levels below it; one more for
/// a theme's own wrapper.
pub(crate) const POST_REACH: u32 = 8;

/// Least ratio of the prose of a run of posts to the region's own for the
/// region to widen from one post to the run: the replies must add a
/// quarter of the post's prose again, or they are a few one-line thanks
/// beside a long post, which the post alone renders better.
pub(crate) const POSTS_MIN_PROSE_GAIN: f32 = 1.25;

/// Fewest prose words in a documentation page's region for it to be the
/// page as it is: less is a chapter's opening paragraph, and the chapter
/// around it (its title, its table of contents, its list of sections) is
/// the page. A topic's page runs to a few hundred words.
pub(crate) const DOC_SECTION_MAX_PROSE: u32 = 80;

/// How many ancestors up from such a region the chapter is looked for: the
/// paragraph's own wrappers, not the page's columns.
pub(crate) const DOC_SECTION_REACH: usize = 3;

/// Words of prose the page must have outside a comment thread for the
/// thread rule to hold: a short story is a hundred words or more, while a
/// forum's opening post is one of the posts and a page with no story has
/// only labels and menus outside its thread.
pub(crate) const THREAD_STORY_MIN_WORDS: u32 = 50;

/// Most words of a relative date on a post ("posted 3 hours ago").
pub(crate) const RELATIVE_DATE_MAX_WORDS: u32 = 6;

/// Factor on a candidate region inside a dialog, modal or consent box: a
/// cookie policy in a modal is long prose, yet never what the page is
/// about; only a page with nothing else can have its body there.
pub(crate) const INSIDE_DIALOG_FACTOR: f32 = 0.05;

/// Least weight (about a paragraph of prose) of the best candidate outside
/// every dialog, modal and consent box for it to be the region when the
/// best candidate lies inside one: a privacy policy in a consent box can
/// outweigh a product's description twenty times over, yet the page is the
/// product. A page with less than this outside has its body in the box.
pub(crate) const DIALOG_OUTSIDE_MIN_SCORE: f32 = 20.0;

/// [`DIALOG_OUTSIDE_MIN_SCORE`] on a product page: any weight outside the
/// boxes will do. A product's name, price and specifications are short
/// lines with little prose weight, and a consent box's text outweighs them;
/// the box is never the product.
pub(crate) const PRODUCT_DIALOG_OUTSIDE_MIN_SCORE: f32 = 0.0;

/// Width in characters at which a block's text is wrapped to count its
/// lines for text density (Kohlschütter et al., 2010: 80 columns, the
/// width of a terminal and of their measure).
pub(crate) const WRAP_WIDTH: usize = 80;

/// Points a schema.org type of the page (JSON-LD `@type`, microdata
/// `itemtype`) gives its kind: the page saying what it is, the strongest
/// evidence, outweighing an address and a shape together.
pub(crate) const KIND_SCHEMA_POINTS: f32 = 4.0;

/// Points an Open Graph `og:type` gives its kind: many sites set
/// `og:type=article` on every page, so it only breaks ties.
pub(crate) const KIND_OG_POINTS: f32 = 1.0;

/// Points `og:type=article` gives a page of short sections, as a landing
/// page's pitch is, that names no date of publication and no author (see
/// `kind::names_date_or_author`): none, so that the sections outweigh a
/// long text's article points alone. WordPress's SEO plugins and other
/// site builders stamp it on every page, a company's home, services and
/// pricing pages too; a story says when it ran or who wrote it. Elsewhere
/// it still breaks ties ([`KIND_OG_POINTS`]).
pub(crate) const KIND_OG_UNBACKED_ARTICLE_POINTS: f32 = 0.0;

/// Points a word of the address gives its kind (`/forum/`, `/products/`,
/// `/docs/`, a dated path): a site's own filing of the page.
pub(crate) const KIND_ADDRESS_POINTS: f32 = 2.0;

/// Points the page's shape gives a kind: a grid of cards, code blocks,
/// prices, long prose. Shapes overlap across kinds, so they weigh least.
pub(crate) const KIND_SHAPE_POINTS: f32 = 1.5;

/// Fewest elements carrying the page's first microdata `itemtype` for the
/// type to be the items' rather than the page's: a page states its own type
/// once, and a story's few related teasers or a product's "you may also
/// like" strip stay under this; a grid types every tile.
pub(crate) const KIND_REPEATED_TYPE_MIN: u32 = 8;

/// Fewest top-level JSON-LD items typed as products (`Product`,
/// `ProductGroup`, ...) for them to be a grid's tiles rather than the
/// page's product: a product's page states its product once (its variants
/// nested in it), a review roundup names a handful; a shop's category
/// page states every tile of its grid, a page of them at a time.
pub(crate) const KIND_LISTED_PRODUCTS_MIN: usize = 8;

/// Fewest teaser cards for a listing's shape: a story's "related" box
/// has three to five.
pub(crate) const KIND_MIN_CARDS: u32 = 6;

/// Smallest share of a page's teaser cards that must hold a date (a
/// `<time>`, a dateline, "3 hours ago") for the page to be a front page
/// of stories: a home page rather than a landing page, a site's section
/// rather than a story with long teasers. A news site's or a blog's
/// teasers each say when the story ran, with a few undated promotions
/// among them; a product's feature cards carry no date.
pub(crate) const KIND_DATED_CARDS_MIN_SHARE: f32 = 0.5;

/// Fewest code blocks for a documentation page's shape: one snippet is
/// common in a blog post.
pub(crate) const KIND_MIN_CODE_BLOCKS: u32 = 2;

/// More points for documentation to a page of code blocks whose markup
/// names no date and no author: a manual's page is the project's, undated,
/// while a blog post or a tutorial article with code samples says when and
/// by whom. As much as the page's other shapes ([`KIND_SHAPE_POINTS`]), so
/// that with the code it outweighs a long run of prose.
pub(crate) const KIND_UNSIGNED_CODE_POINTS: f32 = 1.5;

/// Prose words (outside teaser cards) that make an article's shape: a
/// product's description or a landing page's pitch runs shorter.
pub(crate) const KIND_ARTICLE_PROSE_WORDS: u32 = 300;

/// Most words of a price line ("Price: 1 299,00 € incl. VAT").
pub(crate) const PRICE_MAX_WORDS: u32 = 6;

/// Most lines of an item of a list or grid (a product's name, price,
/// rating line and a few specifications as label and value, "Weight:" /
/// "2.1 kg"; a job's title, company, place and date): a shop's card
/// with four specifications runs to 13 lines. A section of a page runs
/// longer, or past [`CARD_MAX_WORDS`] words.
pub(crate) const ITEM_MAX_LINES: u32 = 16;

/// Fewest words of the one link that makes a one-line item by itself (a
/// story's headline, a product's name, a book's title): a menu's entries
/// run to a word or three ("Home", "Contact us", "Gift cards"), and so do
/// the links of a meta line ("3 comments", "share"); a headline or a
/// product's full name runs to four or more.
pub(crate) const ITEM_TITLE_MIN_WORDS: u32 = 4;

/// Fewest sibling items that make a list of them: a byline's two links or
/// a pair of "previous / next" boxes are not a listing's items.
pub(crate) const ITEM_MIN_RUN: u32 = 4;

/// Fewest levels below the document's root at which a listing's region
/// may be widened to take in its grid of items: the page itself and its
/// `<body>` hold the menus and the footer too, so a grid that meets the
/// region only there is left out rather than the page read whole.
pub(crate) const GRID_MIN_DEPTH: u32 = 3;

/// Most price lines of a product's page: its price, the old one, a
/// member's or a bundle's. More are the prices of a listing's items.
pub(crate) const KIND_MAX_PRODUCT_PRICES: u32 = 3;

/// Fewest headings (h2 to h6) of a page read as a landing page's sections:
/// a hero, features, steps, a call to action. A short story with a
/// sub-heading or two is not cut into sections.
pub(crate) const KIND_MIN_SECTIONS: u32 = 4;

/// Most words of prose per heading of a page read as sections: a feature's
/// blurb runs to a sentence or two under its heading, a story's section to
/// several paragraphs.
pub(crate) const KIND_SECTION_MAX_WORDS: f32 = 40.0;

/// Largest share of a page's prose that one container's own paragraphs may
/// hold on a page read as sections: a story's paragraphs are siblings in
/// its body; a landing page's blurbs sit each in its own box.
pub(crate) const KIND_PROSE_RUN_MAX_SHARE: f32 = 0.3;

/// Points for the service kind of a page of short sections that names no
/// date and no author: more than a long prose's article points
/// ([`KIND_SHAPE_POINTS`]), as many as an address's word, fewer than a
/// schema.org type.
pub(crate) const KIND_SECTIONS_POINTS: f32 = 2.0;

/// Weight of a word of a short line that is not a link on a page whose
/// short lines are content (a product's, a listing's): a quarter of a
/// word of prose, so that a product's box of name, price and details
/// outweighs its description alone, but not a long text elsewhere.
pub(crate) const SHORT_LINE_ITEM_WEIGHT: f32 = 0.25;

/// A service page's feature card that is one link from title to blurb
/// vouches for its region at this share of an unlinked paragraph's weight:
/// a blurb is the page's pitch, but a grid of linked cards should not
/// outweigh the prose of the page's own sections.
pub(crate) const CARD_LINK_WEIGHT: f32 = 0.5;

// --- Product pages: the block that shows the schema.org description (`product.rs`) ---

/// Words in a run matched between a block and the product's JSON-LD
/// description: three words in the same order are rarely shared by chance
/// between two texts, and a shop's markup or punctuation cuts few runs.
pub(crate) const DESCRIPTION_SHINGLE: usize = 3;

/// Fewest words of a block that shows the description: a sentence of it.
/// A name or a tagline repeats a few words of the description, as a title
/// repeats a story's first line, without being its text.
pub(crate) const DESCRIPTION_MATCH_MIN_WORDS: u32 = 8;

/// Least share of a block's runs of words found in the description for the
/// block to show it: most of them, with room for what a page adds to a
/// paragraph the data leaves out (a unit, a trademark sign, a link).
pub(crate) const DESCRIPTION_MATCH_MIN_SHARE: f32 = 0.6;

/// Fewest words of an element named for reviews for it to be the buyers'
/// reviews (see `product::reviews`): a thread of reviews runs to hundreds
/// of words, while a box of a few critics' quotes or a rating line under
/// the name is part of the product's own presentation.
pub(crate) const REVIEWS_MIN_WORDS: u32 = 100;

/// Least ratio of the prose of a product page's main content to the
/// region's own for the region to widen to it (see
/// [`Region::widen_product_to_main`](crate::select::Region::widen_product_to_main)):
/// the sections left out must hold half the region's prose again, or
/// they are a delivery note and a size guide beside the description,
/// which the region alone renders better. Fixture:
/// `product-sections-beside-a-column-of-links`.
pub(crate) const PRODUCT_MAIN_MIN_PROSE_GAIN: f32 = 1.5;
