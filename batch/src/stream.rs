//! The byte stream under a WARC file: takes a reader of the file's bytes,
//! gives its content (plain, or un-gzipped member by member) together with
//! the offset in the file where each record's bytes begin.
//!
//! A gzip'd WARC is a series of gzip members, one per record as the format
//! recommends, and the offset of a member is how indexes such as Common
//! Crawl's point at a record. Members are therefore inflated one at a time
//! (not as one stream), which also lets the reader start again at the next
//! member when one is corrupt.

use std::io::{self, BufRead, Read};

use flate2::bufread::GzDecoder;

/// The bytes that start a gzip member (magic number and the deflate method).
pub(crate) const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// Size of the buffers of compressed and inflated bytes.
const BUFFER_BYTES: usize = 64 << 10;

/// A buffered reader that counts the bytes consumed from it.
pub(crate) struct Counted<R> {
    inner: R,
    buf: Box<[u8]>,
    pos: usize,
    len: usize,
    consumed: u64,
}

impl<R: Read> Counted<R> {
    fn new(inner: R) -> Self {
        Counted {
            inner,
            buf: vec![0; BUFFER_BYTES].into_boxed_slice(),
            pos: 0,
            len: 0,
            consumed: 0,
        }
    }

    /// Buffers at least `n` bytes (fewer only at the end of the input).
    fn fill_at_least(&mut self, n: usize) -> io::Result<&[u8]> {
        if self.len - self.pos < n {
            self.buf.copy_within(self.pos..self.len, 0);
            self.len -= self.pos;
            self.pos = 0;
            while self.len < n {
                match self.inner.read(&mut self.buf[self.len..]) {
                    Ok(0) => break,
                    Ok(read) => self.len += read,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(&self.buf[self.pos..self.len])
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.fill_buf()?.read(out)?;
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.fill_at_least(1)
    }

    fn consume(&mut self, amount: usize) {
        let amount = amount.min(self.len - self.pos);
        self.pos += amount;
        self.consumed += amount as u64;
    }
}

/// The content of a WARC file, plain or gzip'd, as a [`BufRead`].
pub(crate) struct Stream<R> {
    layer: Layer<R>,
}

enum Layer<R> {
    Plain(Counted<R>),
    Gzip(Box<Members<R>>),
    /// After an error the stream could not recover from.
    Broken,
}

/// A gzip'd stream read member by member.
struct Members<R> {
    /// The member being inflated, or `None` between members.
    member: Option<GzDecoder<Counted<R>>>,
    /// The compressed stream between members.
    between: Option<Counted<R>>,
    /// Offset in the file of the member being read.
    offset: u64,
    buf: Box<[u8]>,
    pos: usize,
    len: usize,
}

/// A failure of the stream: where and what.
#[derive(Debug)]
pub(crate) struct StreamError {
    /// Offset in the file of the member (or the byte) where it happened.
    pub offset: u64,
    pub error: io::Error,
}

impl<R: Read> Stream<R> {
    /// Opens a stream, recognising gzip by its first bytes.
    pub fn new(inner: R) -> io::Result<Self> {
        let mut counted = Counted::new(inner);
        let gzip = counted
            .fill_at_least(GZIP_MAGIC.len())?
            .starts_with(&GZIP_MAGIC);
        let layer = if gzip {
            Layer::Gzip(Box::new(Members {
                member: None,
                between: Some(counted),
                offset: 0,
                buf: vec![0; BUFFER_BYTES].into_boxed_slice(),
                pos: 0,
                len: 0,
            }))
        } else {
            Layer::Plain(counted)
        };
        Ok(Stream { layer })
    }

    /// Whether the file is gzip'd.
    pub fn is_gzip(&self) -> bool {
        matches!(self.layer, Layer::Gzip(_))
    }

    /// The offset to report for a record whose first byte is the next one
    /// to be read: its own offset in a plain file, its member's in a gzip'd
    /// one. Call after [`BufRead::fill_buf`], which moves on to the next
    /// member when the last one is used up.
    pub fn offset(&self) -> u64 {
        match &self.layer {
            Layer::Plain(counted) => counted.consumed,
            Layer::Gzip(members) => members.offset,
            Layer::Broken => 0,
        }
    }

    /// Bytes of the file consumed so far (compressed bytes in a gzip'd file).
    pub fn consumed(&self) -> u64 {
        match &self.layer {
            Layer::Plain(counted) => counted.consumed,
            Layer::Gzip(members) => match (&members.member, &members.between) {
                (Some(member), _) => member.get_ref().consumed,
                (None, Some(between)) => between.consumed,
                (None, None) => members.offset,
            },
            Layer::Broken => 0,
        }
    }

    /// Reads the next bytes, reporting a failure with its offset. After a
    /// corrupt or truncated gzip member, the stream goes on at the next
    /// member (the rest of the broken one is lost); [`Stream::offset`] then
    /// gives the new member's.
    pub fn fill(&mut self) -> Result<&[u8], StreamError> {
        match &mut self.layer {
            Layer::Plain(counted) => {
                let offset = counted.consumed;
                counted
                    .fill_buf()
                    .map_err(|error| StreamError { offset, error })
            }
            Layer::Gzip(members) => members.fill(),
            Layer::Broken => Ok(&[]),
        }
    }
}

impl<R: Read> Members<R> {
    fn fill(&mut self) -> Result<&[u8], StreamError> {
        while self.pos == self.len {
            self.pos = 0;
            self.len = 0;
            let member = match self.member.as_mut() {
                Some(member) => member,
                None => {
                    let Some(between) = self.between.as_mut() else {
                        return Ok(&[]);
                    };
                    let offset = between.consumed;
                    // The whole magic, even when a read ends inside it.
                    let next = between
                        .fill_at_least(GZIP_MAGIC.len())
                        .map_err(|error| StreamError { offset, error })?;
                    if next.is_empty() {
                        return Ok(&[]);
                    }
                    if !next.starts_with(&GZIP_MAGIC) {
                        // Bytes after a member that do not start another:
                        // find the next member, reporting the gap.
                        let error = io::Error::new(
                            io::ErrorKind::InvalidData,
                            "bytes that are not a gzip member",
                        );
                        self.resync(offset);
                        return Err(StreamError { offset, error });
                    }
                    self.offset = offset;
                    let Some(between) = self.between.take() else {
                        return Ok(&[]);
                    };
                    self.member.insert(GzDecoder::new(between))
                }
            };
            match member.read(&mut self.buf) {
                Ok(0) => {
                    if let Some(member) = self.member.take() {
                        self.between = Some(member.into_inner());
                    }
                }
                Ok(n) => self.len = n,
                Err(error) => {
                    let offset = self.offset;
                    if let Some(member) = self.member.take() {
                        self.between = Some(member.into_inner());
                    }
                    self.resync(offset + 1);
                    let error = if error.kind() == io::ErrorKind::UnexpectedEof {
                        io::Error::new(io::ErrorKind::UnexpectedEof, "the gzip member is truncated")
                    } else {
                        io::Error::new(
                            io::ErrorKind::InvalidData,
                            format!("the gzip member is corrupt ({error})"),
                        )
                    };
                    return Err(StreamError { offset, error });
                }
            }
        }
        Ok(&self.buf[self.pos..self.len])
    }

    /// Moves the compressed stream to the next gzip magic at or after
    /// `from` (or to its end). A magic inside compressed data is a false
    /// start; the member then fails and the search goes on.
    fn resync(&mut self, from: u64) {
        let Some(between) = self.between.as_mut() else {
            return;
        };
        loop {
            let at = between.consumed;
            let Ok(buf) = between.fill_at_least(GZIP_MAGIC.len()) else {
                self.between = None;
                return;
            };
            if buf.len() < GZIP_MAGIC.len() {
                let rest = buf.len();
                between.consume(rest);
                return;
            }
            let skip = from.saturating_sub(at).min(buf.len() as u64) as usize;
            match buf[skip..]
                .windows(GZIP_MAGIC.len())
                .position(|w| w == GZIP_MAGIC)
            {
                Some(i) => {
                    between.consume(skip + i);
                    return;
                }
                // Keep the last bytes: a magic may straddle two reads.
                None => {
                    let n = (buf.len() + 1 - GZIP_MAGIC.len()).max(skip);
                    between.consume(n);
                }
            }
        }
    }
}

impl<R: Read> Stream<R> {
    /// Marks `amount` bytes of the last [`Stream::fill`] as read.
    pub fn consume(&mut self, amount: usize) {
        match &mut self.layer {
            Layer::Plain(counted) => counted.consume(amount),
            Layer::Gzip(members) => members.pos = (members.pos + amount).min(members.len),
            Layer::Broken => {}
        }
    }

    /// Gives up on the stream: later reads see its end.
    pub fn abandon(&mut self) {
        self.layer = Layer::Broken;
    }
}
