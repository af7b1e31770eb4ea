//! The extraction options as command-line flags: one definition, shared by
//! the `bodycopy` tool and the library's example (`--flag value` and
//! `--flag=value`; a bad value is a usage error with clap's message).

use clap::Args;
use clap::builder::{PossibleValuesParser, TypedValueParser};

/// The library's [`Options`](bodycopy::Options) as flags; `#[command(flatten)]`
/// them into a parser.
///
/// ```
/// use clap::Parser;
/// #[derive(Parser)]
/// struct Cli {
///     #[command(flatten)]
///     extract: bodycopy_batch::ExtractArgs,
/// }
/// let cli = Cli::try_parse_from(["prog", "--focus=precision", "--links", "--max-bytes", "20M"])?;
/// let options = cli.extract.options();
/// assert_eq!(options.focus, bodycopy::Focus::Precision);
/// assert!(options.links);
/// assert_eq!(options.max_input_bytes, Some(20 << 20));
/// # Ok::<(), clap::Error>(())
/// ```
#[derive(Args, Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExtractArgs {
    /// The page's address: links and images resolve against it (a single
    /// page; a WARC record's own address is used for it)
    #[arg(long, value_name = "URL", help_heading = "Extraction")]
    pub url: Option<String>,

    /// How the doubtful edge of the body is decided
    #[arg(long, default_value_t = bodycopy::Focus::Balanced, value_parser = focus_parser(), value_name = "FOCUS", help_heading = "Extraction")]
    pub focus: bodycopy::Focus,

    /// Also return the page's comment thread, apart from the body
    #[arg(long, help_heading = "Extraction")]
    pub comments: bool,

    /// Leave the body's tables out
    #[arg(long, help_heading = "Extraction")]
    pub no_tables: bool,

    /// Keep the body's links (Markdown `[text](url)`, HTML `<a href>`), made
    /// absolute against the page's address
    #[arg(long, help_heading = "Extraction")]
    pub links: bool,

    /// Keep emphasis, strong emphasis and inline code
    #[arg(long, help_heading = "Extraction")]
    pub formatting: bool,

    /// Keep the body's images, in their places
    #[arg(long, help_heading = "Extraction")]
    pub images: bool,

    /// Keep the body's images with their figures' captions (implies
    /// --images)
    #[arg(long, help_heading = "Extraction")]
    pub captions: bool,

    /// Refuse pages larger than this, as too large (bytes; K, M and G
    /// suffixes are powers of 1024)
    #[arg(long, value_name = "SIZE", value_parser = parse_size, help_heading = "Extraction")]
    pub max_bytes: Option<usize>,
}

impl ExtractArgs {
    /// The library options these flags ask for.
    pub fn options(&self) -> bodycopy::Options {
        let mut options = bodycopy::Options::default()
            .focus(self.focus)
            .comments(self.comments)
            .tables(!self.no_tables)
            .links(self.links)
            .formatting(self.formatting)
            .images(self.images || self.captions)
            .captions(self.captions)
            .max_input_bytes(self.max_bytes);
        options.url.clone_from(&self.url);
        options
    }
}

/// The focus by its name, as the library reads it; clap lists the names in
/// `--help` and in the message for a wrong one.
fn focus_parser() -> impl TypedValueParser<Value = bodycopy::Focus> {
    PossibleValuesParser::new(bodycopy::Focus::ALL.map(bodycopy::Focus::name))
        .try_map(|name| name.parse::<bodycopy::Focus>())
}

/// A size in bytes: digits, then an optional K, M or G (powers of 1024).
fn parse_size(value: &str) -> Result<usize, String> {
    let value = value.trim();
    let (digits, shift) = match value.char_indices().last() {
        Some((i, 'k' | 'K')) => (&value[..i], 10),
        Some((i, 'm' | 'M')) => (&value[..i], 20),
        Some((i, 'g' | 'G')) => (&value[..i], 30),
        _ => (value, 0),
    };
    let number: usize = digits
        .parse()
        .map_err(|_| format!("'{value}' is not a size (bytes, or a number with K, M or G)"))?;
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("'{value}' is too large"))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("512"), Ok(512));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("20m"), Ok(20 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert!(parse_size("ten").is_err());
        assert!(parse_size("-1").is_err());
    }
}
