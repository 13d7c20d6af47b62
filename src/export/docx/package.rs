//! The zip container of a DOCX, written here rather than through the zip crate's writer so that
//! each thread keeps one Deflate compressor and resets it between parts: a fresh compressor per
//! part allocates and frees some 300 KB eleven times per document, which in a parallel batch
//! fragments the allocator's arenas and lets memory grow with the number of rows.

use std::cell::RefCell;

use flate2::{Compress, Compression, FlushCompress, Status};

use crate::dates::{Date, Moment};

thread_local! {
    static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::new(6), false));
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

/// Raw Deflate of `data` with this thread's compressor.
fn deflate(data: &[u8]) -> Vec<u8> {
    DEFLATE.with(|c| {
        let mut c = c.borrow_mut();
        c.reset();
        let mut out = Vec::with_capacity(data.len() / 3 + 64);
        loop {
            let consumed = c.total_in() as usize;
            match c.compress_vec(&data[consumed..], &mut out, FlushCompress::Finish) {
                Ok(Status::StreamEnd) => break,
                Ok(_) => out.reserve(out.capacity().max(1024)),
                // Compressing bytes in memory cannot fail but for a bug; stored is still valid.
                Err(_) => return Vec::new(),
            }
        }
        out
    })
}

/// A zip archive of `files` (name, contents), in this order, every entry Deflate-compressed.
pub fn zip<N: AsRef<str>, B: AsRef<[u8]>>(files: &[(N, B)], when: DosTime) -> Vec<u8> {
    let mut archive = Archive::new(Vec::new(), when);
    for (name, bytes) in files {
        let name = name.as_ref();
        // Writing into memory cannot fail, and a DOCX is far from the format's limits. Images
        // (of a reference document's letterhead) are compressed already.
        let _ = archive.add(name, bytes.as_ref(), !name.starts_with("word/media/"));
    }
    archive.finish().unwrap_or_default()
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

    /// Adds the file `name` holding `data`, Deflate-compressed if `compress` (a DOCX, already
    /// compressed, is stored).
    pub fn add(&mut self, name: &str, data: &[u8], compress: bool) -> Result<(), ArchiveError> {
        let compressed = if compress { deflate(data) } else { Vec::new() };
        let (method, body): (u16, &[u8]) = if compressed.is_empty() {
            (0, data)
        } else {
            (8, &compressed)
        };
        let (Ok(offset), Ok(size), Ok(length), Some(entries)) = (
            u32::try_from(self.written),
            u32::try_from(body.len()),
            u32::try_from(data.len()),
            self.entries.checked_add(1),
        ) else {
            return Err(ArchiveError::TooLarge);
        };
        let crc = crc32fast::hash(data);
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
