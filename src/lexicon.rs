//! The words the text checks look for, in every language we support, in one
//! place: what a caption, a credit, a "Read more" line, an ad label, a
//! consent notice, a date line, a byline, a contact line or a pitch starts
//! with or holds. Words are lower case (the checks lower-case the text first)
//! unless a list says otherwise.
//!
//! Languages: English throughout, with the common ad labels of German,
//! Spanish, French and Italian. On a language a list does not know, its check
//! finds nothing and structure decides, which is the safe way to fail.
//!
//! # Adding a language
//! Add its words to each list below where the language has its own (a
//! credit's "Foto:", a "Lesen Sie auch" line, month and weekday names),
//! lower case, with accents as the language writes them. Keep each entry a
//! whole word or a whole prefix with its punctuation, so that it does not
//! match inside other words; then add a test page in that language under
//! `tests/pages/` with the lines the new words drop. The word limits of the
//! checks (in [`crate::tuning`]) hold for every language. Words of the
//! page's metadata (date keys, title separators) are the metadata stage's.

/// Starts of lines that credit a picture rather than tell the story.
pub(crate) const CREDIT_PREFIXES: &[&str] = &[
    "picture:",
    "pictures:",
    "photo:",
    "photos:",
    "photograph:",
    "image:",
    "images:",
    "credit:",
    "photo credit",
    "image credit",
    "(photo",
    "(image",
    "illustration:",
    "source: getty",
    "getty images",
    "©",
    "copyright ©",
    "file photo",
];

/// First words of a gallery's position counter ("Image 3 of 5").
pub(crate) const COUNTER_WORDS: &[&str] = &["image", "photo", "picture", "slide"];

/// Starts of lines that point to another story or away from the page.
pub(crate) const READ_MORE_PREFIXES: &[&str] = &[
    "read more",
    "read also",
    "related:",
    "related story",
    "related article",
    "see also",
    "watch:",
    "watch more",
    "listen:",
    "more:",
    "more on this",
    "click here",
    "advertisement",
    "sponsored",
    "sign up",
    "subscribe",
    "follow us",
    "share this",
    "recommended:",
    "also read",
    "must read",
];

/// Whole lines that label an ad slot.
pub(crate) const AD_LABELS: &[&str] = &[
    "ad",
    "advert",
    "advertisement",
    "advertising",
    "anzeige",
    "publicidad",
    "publicité",
    "pubblicità",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
];

/// Words a loading placeholder starts with, lower-cased: "Loading…".
pub(crate) const LOADING_WORDS: &[&str] = &[
    "loading",
    "cargando",
    "carregando",
    "chargement",
    "wird geladen",
    "lädt",
    "caricamento",
    "laden",
    "загрузка",
    "ładowanie",
];

/// Words of a site speaking about itself in a consent notice.
pub(crate) const CONSENT_SITE_WORDS: &[&str] = &[
    "we use",
    "we and our partners",
    "this site uses",
    "this website uses",
    "our site uses",
    "our website uses",
    "uses cookies",
];

/// Words asking the reader to agree, in a consent notice.
pub(crate) const CONSENT_ASK_WORDS: &[&str] = &[
    "agree",
    "accept",
    "consent",
    "continuing",
    "continue to",
    "settings",
    "preferences",
];

/// Words that, beside a number, count reactions to a post or a story:
/// "3 Likes", "12 replies", "Likes Received: 40", "1.2k views".
pub(crate) const REACTION_COUNT_WORDS: &[&str] = &[
    "like",
    "likes",
    "reply",
    "replies",
    "vote",
    "votes",
    "upvote",
    "upvotes",
    "view",
    "views",
    "comment",
    "comments",
    "point",
    "points",
    "share",
    "shares",
    "reaction",
    "reactions",
    "answer",
    "answers",
    "post",
    "posts",
    "received",
    "follower",
    "followers",
];

/// Words of a notice that a page needs scripts ("Please enable JavaScript",
/// "JavaScript is disabled in your browser", "This site requires JavaScript").
pub(crate) const SCRIPT_NOTICE_WORDS: &[&str] = &[
    "enable",
    "disabled",
    "turn on",
    "switch on",
    "requires",
    "required",
    "need javascript",
    "needs javascript",
];

/// Words of a subscription or membership pitch.
pub(crate) const PITCH_WORDS: &[&str] = &["subscribe", "sign up", "newsletter", "in your inbox"];

/// Words that, beside an e-mail address or a handle, make a contact line.
pub(crate) const CONTACT_WORDS: &[&str] = &[
    "email", "e-mail", "follow", "twitter", "reach", "contact", "write to", "tip?",
];

/// Words of datelines besides numbers.
pub(crate) const DATE_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "am",
    "pm",
    "a",
    "m",
    "p",
    "et",
    "pt",
    "ct",
    "gmt",
    "utc",
    "bst",
    "cet",
    "est",
    "edt",
    "pst",
    "pdt",
    "by",
    "updated",
    "published",
    "posted",
    "last",
    "min",
    "read",
    "ago",
    "hours",
    "hour",
    "minutes",
    "on",
    "at",
];

/// Starts of a byline, in the cases sites write them ("By Jane Doe"); case
/// matters here: a byline's names are capitalised.
pub(crate) const BYLINE_PREFIXES: &[&str] = &["By ", "BY ", "by "];

/// Lower-case words that join the names of a byline ("By Jane Doe and John
/// van Roe in Paris").
pub(crate) const BYLINE_JOINERS: &[&str] = &["and", "&", "de", "van", "von", "der", "in"];

/// Whole lines of a comment's furniture that act on it rather than say
/// who wrote it: "Reply", "Report", "Permalink".
pub(crate) const COMMENT_ACTIONS: &[&str] = &[
    "reply",
    "replies",
    "report",
    "share",
    "like",
    "quote",
    "permalink",
    "link",
    "edit",
    "delete",
    "flag",
    "log in to reply",
    "login to reply",
    "save",
    "hide",
    "follow",
    "more",
    "expand",
    "collapse",
];

/// Whole lines of a forum post's furniture: the controls of a quoted post
/// ("Click to expand..."), the labels of a member's box ("Join date",
/// "Trophy points"), a post's badges ("Thread starter", "Original poster"),
/// in the forms the common forum software prints them. Matched whole,
/// lower-cased, without the closing colon or dots.
pub(crate) const POST_FURNITURE_LINES: &[&str] = &[
    "click to expand",
    "click to shrink",
    "click to expand this",
    "join date",
    "joined",
    "registered",
    "messages",
    "posts",
    "likes received",
    "reaction score",
    "trophy points",
    "best answers",
    "reputation",
    "thread starter",
    "original poster",
    "report inappropriate content",
    "report post",
    "quote",
    "multi-quote",
    "multiquote",
    "offline",
    "zum erweitern anklicken",
    "cliquez pour agrandir",
    "haz clic para expandir",
    "mitglied seit",
    "beiträge",
    "inscrit le",
    "registrado",
];

/// Labels of a member's box that come with their value on the same line
/// ("Join date: Aug 2008", "Registered: 2011-11-29", "Posts: 1,204").
pub(crate) const POST_MEMBER_LABELS: &[&str] = &[
    "join date",
    "joined",
    "registered",
    "messages",
    "posts",
    "reaction score",
    "trophy points",
    "mitglied seit",
    "beiträge",
    "inscrit le",
    "registrado",
];

/// Ends of the line that names a comment's author ("Jane Roe says:").
pub(crate) const COMMENT_AUTHOR_ENDS: &[&str] =
    &[" says", " said", " wrote", " writes", " replied"];

/// Lower-case words that may sit inside a name ("Ludwig van Beethoven").
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al",
];

/// Words in an image's file name that say it decorates the page rather than
/// illustrates the story.
pub(crate) const DECORATION_WORDS: &[&str] = &[
    "avatar", "gravatar", "icon", "logo", "emoji", "spacer", "sprite",
];

/// The months' names, whose first three letters (or "sept") are also read
/// as the month: the dates the page's metadata and date lines write in
/// words.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Beginnings of the words that introduce a modification date in a date
/// line ("Updated", "Last modified", "Edited", "Revised", "Reviewed"): the
/// day after them is not the publication's.
pub(crate) const UPDATE_WORDS: &[&str] = &["updat", "modif", "edited", "revised", "reviewed"];

/// Whole texts of a "Reply" link, in the languages we read.
pub(crate) const REPLY_WORDS: &[&str] = &[
    "reply",
    "replies",
    "antworten",
    "antwort",
    "répondre",
    "repondre",
    "responder",
    "responda",
    "rispondi",
    "beantwoorden",
    "reageer",
    "svara",
    "svar",
    "vastaa",
    "odpowiedz",
    "odpowiedź",
    "ответить",
    "yanıtla",
    "cevapla",
    "回复",
    "回覆",
    "返信",
    "답글",
    "답글쓰기",
];

/// Words that make a short line with a number a relative date ("3 hours
/// ago", "vor 2 Tagen", "il y a 5 jours", "hace 2 días", "2 giorni fa").
pub(crate) const RELATIVE_DATE_WORDS: &[&str] = &["ago", "vor", "hace", "fa", "назад", "geleden"];

/// Labels before an author's name in an element the page marks as naming
/// the author ("Written by Jane Doe", "Author: Jane Doe"), lower case,
/// longest first.
pub(crate) const AUTHOR_LABELS: &[&str] = &[
    "written by",
    "authored by",
    "reviewed by",
    "posted by",
    "post by",
    "words by",
    "authors",
    "author",
    "by",
];

/// Words that are not part of a person's name, found in the text of
/// elements marked as the author's: labels and links about the author
/// ("About the author", "More from Jane Doe", "View all posts"), and the
/// weekdays of a date beside the name.
pub(crate) const NOT_NAME_WORDS: &[&str] = &[
    "author",
    "authors",
    "about",
    "more",
    "from",
    "all",
    "posts",
    "articles",
    "view",
    "see",
    "follow",
    "share",
    "profile",
    "bio",
    "written",
    "posted",
    "read",
    "min",
    "updated",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    // Calls to action in boxes classed as the author's ("Get in touch",
    // "Contact the author", "Subscribe"), in several languages.
    "get",
    "touch",
    "contact",
    "subscribe",
    "sign",
    "login",
    "join",
    "click",
    "kontakt",
    "kontaktieren",
    "abonnieren",
    "lesen",
    "contacto",
    "contáctanos",
    "suscríbete",
    "leer",
    "contactez",
    "abonnez",
    "lire",
    "contatti",
    "contattaci",
    "iscriviti",
    "leggi",
];

/// What a script leaves in a box it did not fill: not a name.
pub(crate) const JS_PLACEHOLDERS: &[&str] = &["undefined", "null", "nan", "[object object]"];

/// Job titles written after a name with no comma between ("Jane Doe
/// Founder", "Jane Doe Managing Director"): cut from the end of the name,
/// with the words that qualify them.
pub(crate) const JOB_TITLE_WORDS: &[&str] = &[
    "managing",
    "executive",
    "chief",
    "deputy",
    "founder",
    "co-founder",
    "cofounder",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "president",
    "owner",
    "director",
    "manager",
    "editor",
    "gründer",
    "geschäftsführer",
    "fundador",
    "fundadora",
    "fondateur",
    "fondatrice",
    "fondatore",
];
