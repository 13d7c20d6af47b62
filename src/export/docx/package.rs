//! The zip container of a DOCX, written here rather than through the zip crate's writer so that
//! each thread keeps one Deflate compressor and resets it between segments: a fresh compressor
//! per part allocates and frees some 300 KB eleven times per document, which in a parallel batch
//! fragments the allocator's arenas and lets memory grow with the number of rows.
//!
//! An [`Entry`] is compressed where it is made, so that a batch compresses on every core and its
//! one writer only writes bytes. A part is compressed in segments, each remembered by the thread
//! that compressed it ([`crate::memo`]): what the rows of a batch share (the styles, the
//! numbering, most of every clause) is compressed once a thread.

use std::cell::RefCell;

use flate2::{Compress, Compression, FlushCompress};

use crate::dates::{Date, Moment};
use crate::memo::Memo;

thread_local! {
    static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::new(6), false));
    static SEGMENTS: RefCell<Memo<Vec<u8>>> = RefCell::new(Memo::new(SEGMENTS_KEPT));
}

/// A DOS date and time for every entry.
#[derive(Debug, Clone, Copy)]
pub struct DosTime {
    time: u16,
    date: u16,
}

impl DosTime {
    /// From a moment (years outside 1980–2107 become the nearest of those).
    pub fn new(moment: Moment) -> DosTime {
        let Moment {
            date:
                Date {
                    year: y,
                    month: mo,
                    day: d,
                },
            time: (h, mi, s),
        } = moment;
        let year = (y.clamp(1980, 2107) - 1980) as u16;
        DosTime {
            time: (u16::from(h) << 11) | (u16::from(mi) << 5) | (u16::from(s) / 2),
            date: (year << 9) | (u16::from(mo) << 5) | u16::from(d),
        }
    }
}

/// A part is compressed in segments, each cut at the end of a paragraph and compressed with the
/// [`WINDOW`] bytes before it as its dictionary, ending on a byte boundary (Deflate's sync
/// flush), so that the segments, one after another, are one Deflate stream. A segment whose text
/// and dictionary the thread met before (in another row of a batch, which differs in a few names
/// and values) takes the compressed bytes it had then. Where a segment ends depends only on the
/// bytes before the end, so an unchanged stretch of a row is cut as it was in the row before,
/// however long the names before it.
///
/// The dictionary and the least length of a segment: a segment and the segment before it are
/// all the text its compressed bytes depend on.
const WINDOW: usize = 8 * 1024;

/// The longest segment: a part with no paragraph end that the cut accepts is cut at the next one
/// past this length.
const SEGMENT_MAX: usize = 64 * 1024;

/// The segments a thread remembers in each generation: a DOCX has about twenty (its small parts
/// are a segment each), its Markdown five.
const SEGMENTS_KEPT: usize = 64;

/// The empty last block that ends the stream of segments (fixed Huffman codes, end of block).
const LAST_BLOCK: [u8; 2] = [0x03, 0x00];

/// Raw Deflate of `data`, segment by segment; empty if compressing failed (a bug: the part is
/// then stored).
fn deflate(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 4 + 64);
    let mut start = 0usize;
    for end in cuts(data) {
        let dictionary = &data[start.saturating_sub(WINDOW)..start];
        let text = &data[start..end];
        let compressed = SEGMENTS.with(|memo| {
            memo.borrow_mut()
                .get(&[dictionary, text], || deflate_segment(dictionary, text))
        });
        if compressed.is_empty() {
            return Vec::new();
        }
        out.extend_from_slice(&compressed);
        start = end;
    }
    out.extend_from_slice(&LAST_BLOCK);
    out
}

/// Where the segments of `data` end: after a paragraph (`</w:p>` or a line's end) at least
/// [`WINDOW`] bytes into the segment, where the 64 bytes before it have a checksum divisible by
/// four, or the first past [`SEGMENT_MAX`]; the last ends with `data`.
fn cuts(data: &[u8]) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut start = 0;
    let mut i = WINDOW;
    while i < data.len() {
        let end = match data[i] {
            b'\n' => i + 1,
            b'>' if data[..=i].ends_with(b"</w:p>") => i + 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let len = end - start;
        if len >= WINDOW
            && (crc32fast::hash(&data[end - 64..end]).is_multiple_of(4) || len >= SEGMENT_MAX)
        {
            cuts.push(end);
            start = end;
            i = end + WINDOW;
        } else {
            i = end;
        }
    }
    if start < data.len() || cuts.is_empty() {
        cuts.push(data.len());
    }
    cuts
}

/// Raw Deflate of `text` after `dictionary`, ending with a sync flush (not the last block); empty
/// if compressing failed.
fn deflate_segment(dictionary: &[u8], text: &[u8]) -> Vec<u8> {
    DEFLATE.with(|c| {
        let mut c = c.borrow_mut();
        c.reset();
        if !dictionary.is_empty() && c.set_dictionary(dictionary).is_err() {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(text.len() / 3 + 64);
        loop {
            let consumed = c.total_in() as usize;
            if c.compress_vec(&text[consumed..], &mut out, FlushCompress::Sync)
                .is_err()
            {
                return Vec::new();
            }
            // The flush is done when all the text is in and the output did not fill.
            if c.total_in() as usize == text.len() && out.len() < out.capacity() {
                return out;
            }
            out.reserve(out.capacity().max(1024));
        }
    })
}

/// A zip archive of `files` (name, contents), in this order, every entry Deflate-compressed.
pub fn zip<N: AsRef<str>, B: AsRef<[u8]>>(files: &[(N, B)], when: DosTime) -> Vec<u8> {
    let mut archive = Archive::new(Vec::new(), when);
    for (name, bytes) in files {
        let name = name.as_ref();
        // Writing into memory cannot fail, and a DOCX is far from the format's limits. Images
        // (of a reference document's letterhead) are compressed already.
        let entry = Entry::new(name, bytes.as_ref(), !name.starts_with("word/media/"));
        let _ = archive.add(&entry);
    }
    archive.finish().unwrap_or_default()
}

/// A file ready to go into an archive: its name, checksum and length, and its bytes as stored,
/// Deflate-compressed or as given.
#[derive(Debug, Clone)]
pub struct Entry {
    name: String,
    method: u16,
    crc: u32,
    length: usize,
    body: Vec<u8>,
}

impl Entry {
    /// The file `name` holding `data`, Deflate-compressed if `compress` (a DOCX, already
    /// compressed, is stored).
    pub fn new(name: &str, data: &[u8], compress: bool) -> Entry {
        let compressed = if compress { deflate(data) } else { Vec::new() };
        let (method, body) = if compressed.is_empty() {
            (0, data.to_vec())
        } else {
            (8, compressed)
        };
        Entry {
            name: name.to_string(),
            method,
            crc: crc32fast::hash(data),
            length: data.len(),
            body,
        }
    }

    /// The file's name in the archive.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// A zip archive streamed into `W` entry by entry: each entry is given whole, so its local header
/// holds its sizes and checksum and nothing is written twice; only the central directory (some
/// 60 bytes an entry) is kept until [`Archive::finish`]. Limited to the classic format: 65,535
/// entries and 4 GiB.
pub struct Archive<W: std::io::Write> {
    out: W,
    when: DosTime,
    written: u64,
    entries: u16,
    central: Vec<u8>,
}

/// Why an entry cannot be added.
#[derive(Debug)]
pub enum ArchiveError {
    /// The archive would pass 65,535 entries or 4 GiB.
    TooLarge,
    /// Writing failed.
    Io(std::io::Error),
}

impl<W: std::io::Write> Archive<W> {
    /// An empty archive whose entries are all dated `when`.
    pub fn new(out: W, when: DosTime) -> Archive<W> {
        Archive {
            out,
            when,
            written: 0,
            entries: 0,
            central: Vec::new(),
        }
    }

    /// Adds `entry` after those added before it.
    pub fn add(&mut self, entry: &Entry) -> Result<(), ArchiveError> {
        let Entry {
            name,
            method,
            crc,
            length,
            body,
        } = entry;
        let (method, crc) = (*method, *crc);
        let (Ok(offset), Ok(size), Ok(length), Some(entries)) = (
            u32::try_from(self.written),
            u32::try_from(body.len()),
            u32::try_from(*length),
            self.entries.checked_add(1),
        ) else {
            return Err(ArchiveError::TooLarge);
        };
        let when = self.when;
        let header = |sig: u32, central: bool| {
            let mut h = Vec::with_capacity(46 + name.len());
            h.extend_from_slice(&sig.to_le_bytes());
            if central {
                h.extend_from_slice(&0x031Eu16.to_le_bytes()); // made by: Unix, 3.0
            }
            h.extend_from_slice(&20u16.to_le_bytes()); // needed: 2.0
            h.extend_from_slice(&0x0800u16.to_le_bytes()); // names in UTF-8
            h.extend_from_slice(&method.to_le_bytes());
            h.extend_from_slice(&when.time.to_le_bytes());
            h.extend_from_slice(&when.date.to_le_bytes());
            h.extend_from_slice(&crc.to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&length.to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra field
            if central {
                h.extend_from_slice(&0u16.to_le_bytes()); // comment
                h.extend_from_slice(&0u16.to_le_bytes()); // disk
                h.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
                h.extend_from_slice(&(0o100644u32 << 16).to_le_bytes()); // -rw-r--r--
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(name.as_bytes());
            h
        };
        let local = header(0x0403_4b50, false);
        self.out.write_all(&local).map_err(ArchiveError::Io)?;
        self.out.write_all(body).map_err(ArchiveError::Io)?;
        self.written += (local.len() + body.len()) as u64;
        self.central.extend_from_slice(&header(0x0201_4b50, true));
        self.entries = entries;
        Ok(())
    }

    /// Writes the central directory and gives the writer back.
    pub fn finish(mut self) -> Result<W, ArchiveError> {
        let (Ok(offset), Ok(length)) = (
            u32::try_from(self.written),
            u32::try_from(self.central.len()),
        ) else {
            return Err(ArchiveError::TooLarge);
        };
        let mut end = std::mem::take(&mut self.central);
        end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        end.extend_from_slice(&[0, 0, 0, 0]); // this disk, disk with the directory
        end.extend_from_slice(&self.entries.to_le_bytes());
        end.extend_from_slice(&self.entries.to_le_bytes());
        end.extend_from_slice(&length.to_le_bytes());
        end.extend_from_slice(&offset.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes()); // comment
        self.out.write_all(&end).map_err(ArchiveError::Io)?;
        Ok(self.out)
    }
}
