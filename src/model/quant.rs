//! An own forward pass of the BERT encoder (embeddings and transformer layers) over the
//! tensors of an already-loaded rust-bert VarStore, whose linear layers can run as int8
//! dynamic quantisation (`--precision int8`): weights quantised to int8 once at load,
//! activations quantised to uint8 per call by libtorch's FBGEMM kernel
//! (`fbgemm_linear_int8_weight_fp32_activation`, one scale for the whole input),
//! products accumulated in int32 and returned in f32. Embeddings, layer norms,
//! attention products, GELU, the attention output projection and the models' heads stay
//! f32. Weights get one scale per output channel ([`Weights::Int8PerChannel`]): with
//! FBGEMM's one scale per matrix the NER model lost 0.95 point of dev micro-F1.
//!
//! rust-bert keeps `BertModel`'s linear layers private, hence this forward pass. It
//! computes what rust-bert's does (same variables, LayerNorm eps 1e-12, erf GELU,
//! additive −10,000 mask), with three fused steps: one matrix product for query, key
//! and value, libtorch's fused `gelu`, and `scaled_dot_product_attention`. In f32
//! ([`Weights::F32`]) it matches rust-bert to float rounding (tests below); the
//! default `--precision f32` still runs rust-bert itself, so its outputs stay
//! byte-identical.

use anyhow::{ensure, Context, Result};
use rust_bert::bert::BertConfig;
use rust_bert::Activation;
use tch::{nn, Kind, Tensor};

/// LayerNorm epsilon of rust-bert's BERT (embeddings and every layer).
const LAYER_NORM_EPS: f64 = 1e-12;

/// How the linear layers' weights are held. In the int8 modes, the attention output
/// projection (hidden × hidden, a twelfth of the layers' multiply-adds) stays f32:
/// quantised too, it cost the NER model 0.4 point of dev micro-F1 more (0.8963 against
/// 0.9002, f32 0.9016), over the 0.5-point budget, for about 15 % more speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weights {
    /// f32, as loaded (for checking this forward pass against rust-bert's).
    F32,
    /// int8 with one scale per weight matrix (FBGEMM's own quantisation scheme).
    Int8PerTensor,
    /// int8 with one scale per output channel (row of the weight matrix): each row is
    /// divided by its scale before quantisation, the kernel's output multiplied back.
    Int8PerChannel,
}

/// A linear layer `x Wᵀ + b`.
enum Linear {
    F32 {
        weight: Tensor,
        bias: Tensor,
    },
    Int8 {
        /// The int8 weight (N, K): the kernel reads only its shape, the packed copy is
        /// what it multiplies.
        weight: Tensor,
        packed: Tensor,
        /// Row sums of the int8 weight (its zero point is 0), int32.
        col_offsets: Tensor,
        /// Scale of the whole int8 weight (1 when per channel).
        scale: f64,
        /// The bias, divided by `channel_scale` when there is one.
        bias: Tensor,
        /// Per-channel scales (N), multiplied into the kernel's output.
        channel_scale: Option<Tensor>,
    },
}

impl Linear {
    fn new(weight: Tensor, bias: Tensor, how: Weights) -> Result<Self> {
        let weight = weight.to_kind(Kind::Float).contiguous();
        let bias = bias.to_kind(Kind::Float).contiguous();
        if how == Weights::F32 {
            return Ok(Linear::F32 { weight, bias });
        }
        // Symmetric quantisation to [-127, 127] (zero point 0), so that col_offsets
        // are plain row sums and -128 never appears.
        let (q, scale, bias, channel_scale) = if how == Weights::Int8PerChannel {
            let s = weight.abs().amax([1], true).clamp_min(1e-12) / 127.0; // (N, 1)
            let q = (&weight / &s).round().clamp(-127, 127);
            let s = s.squeeze_dim(1);
            (q, 1.0, &bias / &s, Some(s))
        } else {
            let s = (weight.abs().max().double_value(&[]) / 127.0).max(1e-12);
            ((&weight / s).round().clamp(-127, 127), s, bias, None)
        };
        let q = q.to_kind(Kind::Int8).contiguous();
        let col_offsets = q.sum_dim_intlist([1i64].as_slice(), false, Kind::Int);
        let packed = q
            .f_fbgemm_pack_quantized_matrix()
            .context("libtorch cannot pack an int8 matrix for FBGEMM")?;
        Ok(Linear::Int8 {
            weight: q,
            packed,
            col_offsets,
            scale,
            bias: bias.contiguous(),
            channel_scale,
        })
    }

    fn forward(&self, x: &Tensor) -> Tensor {
        match self {
            Linear::F32 { weight, bias } => x.linear(weight, Some(bias)),
            Linear::Int8 {
                weight,
                packed,
                col_offsets,
                scale,
                bias,
                channel_scale,
            } => {
                let y = x.contiguous().fbgemm_linear_int8_weight_fp32_activation(
                    weight,
                    packed,
                    col_offsets,
                    tch::Scalar::float(*scale),
                    tch::Scalar::int(0),
                    bias,
                );
                match channel_scale {
                    Some(s) => y * s,
                    None => y,
                }
            }
        }
    }
}

struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
}

impl LayerNorm {
    fn forward(&self, x: &Tensor) -> Tensor {
        x.layer_norm(
            [self.weight.size()[0]],
            Some(&self.weight),
            Some(&self.bias),
            LAYER_NORM_EPS,
            false,
        )
    }
}

struct Layer {
    /// Query, key and value in one (3 × hidden, hidden) matrix.
    qkv: Linear,
    attention_out: Linear,
    attention_norm: LayerNorm,
    intermediate: Linear,
    out: Linear,
    out_norm: LayerNorm,
}

/// The BERT encoder, over tensors taken from a rust-bert VarStore.
pub struct OwnEncoder {
    word: Tensor,
    position: Tensor,
    token_type: Tensor,
    embedding_norm: LayerNorm,
    layers: Vec<Layer>,
    heads: i64,
    pub weights: Weights,
}

impl OwnEncoder {
    /// Builds the encoder from `vs`'s variables, named as rust-bert's `BertModel` names
    /// them at the VarStore's root (`embeddings.*`, `encoder.layer.N.*`). Embeddings
    /// and layer norms are taken as f32 tensors (the very ones of `vs` when they are
    /// f32); the linear layers as `weights` says.
    pub fn from_vs(vs: &nn::VarStore, config: &BertConfig, weights: Weights) -> Result<Self> {
        ensure!(
            matches!(config.hidden_act, Activation::gelu),
            "the own encoder computes erf GELU only, the config asks for {:?}",
            config.hidden_act
        );
        ensure!(
            !config.is_decoder.unwrap_or(false),
            "the own encoder has no decoder mode"
        );
        let vars = vs.variables();
        let get = |name: &str| -> Result<Tensor> {
            let t = vars
                .get(name)
                .with_context(|| format!("no variable {name} in the model"))?;
            Ok(tch::no_grad(|| t.detach().to_kind(Kind::Float)))
        };
        let norm = |prefix: &str| -> Result<LayerNorm> {
            Ok(LayerNorm {
                weight: get(&format!("{prefix}.weight"))?,
                bias: get(&format!("{prefix}.bias"))?,
            })
        };
        let linear = |prefix: &str| -> Result<Linear> {
            Linear::new(
                get(&format!("{prefix}.weight"))?,
                get(&format!("{prefix}.bias"))?,
                weights,
            )
        };
        tch::no_grad(|| {
            let mut layers = Vec::new();
            for l in 0..config.num_hidden_layers {
                let p = format!("encoder.layer.{l}");
                let part = |n: &str, what: &str| get(&format!("{p}.attention.self.{n}.{what}"));
                let qkv_w = Tensor::cat(
                    &[
                        part("query", "weight")?,
                        part("key", "weight")?,
                        part("value", "weight")?,
                    ],
                    0,
                );
                let qkv_b = Tensor::cat(
                    &[
                        part("query", "bias")?,
                        part("key", "bias")?,
                        part("value", "bias")?,
                    ],
                    0,
                );
                layers.push(Layer {
                    qkv: Linear::new(qkv_w, qkv_b, weights)?,
                    attention_out: Linear::new(
                        get(&format!("{p}.attention.output.dense.weight"))?,
                        get(&format!("{p}.attention.output.dense.bias"))?,
                        Weights::F32,
                    )?,
                    attention_norm: norm(&format!("{p}.attention.output.LayerNorm"))?,
                    intermediate: linear(&format!("{p}.intermediate.dense"))?,
                    out: linear(&format!("{p}.output.dense"))?,
                    out_norm: norm(&format!("{p}.output.LayerNorm"))?,
                });
            }
            Ok(OwnEncoder {
                word: get("embeddings.word_embeddings.weight")?,
                position: get("embeddings.position_embeddings.weight")?,
                token_type: get("embeddings.token_type_embeddings.weight")?,
                embedding_norm: norm("embeddings.LayerNorm")?,
                layers,
                heads: config.num_attention_heads,
                weights,
            })
        })
    }

    /// Last hidden states (batch, seq, hidden), f32, of `ids` (batch, seq) under the
    /// attention `mask` (1 for tokens, 0 for padding); token types all 0, positions
    /// 0.., as `encoder::encode` runs rust-bert. Inference only (no dropout); call under
    /// `no_grad`.
    pub fn forward(&self, ids: &Tensor, mask: &Tensor) -> Result<Tensor> {
        let size = ids.size();
        ensure!(
            size.len() == 2,
            "ids of shape {size:?}, expected (batch, seq)"
        );
        let (b, s) = (size[0], size[1]);
        ensure!(
            s <= self.position.size()[0],
            "{s} tokens, the encoder takes {} at most",
            self.position.size()[0]
        );
        let device = ids.device();
        let positions = Tensor::arange(s, (Kind::Int64, device));
        let embedded = Tensor::embedding(&self.word, ids, -1, false, false)
            + Tensor::embedding(&self.position, &positions, -1, false, false).unsqueeze(0)
            + self.token_type.get(0);
        let mut h = self.embedding_norm.forward(&embedded);
        // Additive mask over keys, (batch, 1, 1, seq): 0 for tokens, −10,000 for padding.
        let additive = ((mask.ones_like() - mask) * -10000.0)
            .to_kind(Kind::Float)
            .view([b, 1, 1, s]);
        let hidden = h.size()[2];
        let head_dim = hidden / self.heads;
        for layer in &self.layers {
            let qkv = layer
                .qkv
                .forward(&h)
                .view([b, s, 3, self.heads, head_dim])
                .permute([2, 0, 3, 1, 4]);
            let context = Tensor::scaled_dot_product_attention(
                &qkv.get(0),
                &qkv.get(1),
                &qkv.get(2),
                Some(&additive),
                0.0,
                false,
                None,
            )
            .transpose(1, 2)
            .contiguous()
            .view([b, s, hidden]);
            let attended = layer
                .attention_norm
                .forward(&(layer.attention_out.forward(&context) + &h));
            let inner = layer.intermediate.forward(&attended).gelu("none");
            h = layer
                .out_norm
                .forward(&(layer.out.forward(&inner) + &attended));
        }
        Ok(h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::encoder::{build_bert, encode};
    use tch::Device;

    fn tiny_config() -> BertConfig {
        serde_json::from_value(serde_json::json!({
            "hidden_act": "gelu",
            "attention_probs_dropout_prob": 0.1,
            "hidden_dropout_prob": 0.1,
            "hidden_size": 64,
            "initializer_range": 0.02,
            "intermediate_size": 256,
            "max_position_embeddings": 40,
            "num_attention_heads": 4,
            "num_hidden_layers": 3,
            "type_vocab_size": 2,
            "vocab_size": 100,
        }))
        .unwrap()
    }

    /// A randomly initialised tiny BERT (rust-bert's initialisation, biases and layer
    /// norms perturbed so that they matter) and a padded batch for it.
    fn tiny() -> (
        nn::VarStore,
        rust_bert::bert::BertModel<rust_bert::bert::BertEmbeddings>,
        Tensor,
        Tensor,
    ) {
        tch::manual_seed(7);
        let config = tiny_config();
        let vs = nn::VarStore::new(Device::Cpu);
        let bert = build_bert(&vs.root(), &config);
        tch::no_grad(|| {
            for (name, mut t) in vs.variables() {
                if name.ends_with(".bias") || name.contains("LayerNorm") {
                    let noise = t.randn_like() * 0.1;
                    let _ = t.g_add_(&noise);
                }
            }
        });
        let ids = Tensor::from_slice(&[
            0i64, 5, 17, 33, 2, 1, 1, 1, //
            0, 9, 9, 41, 77, 12, 88, 2,
        ])
        .view([2, 8]);
        let mask =
            Tensor::from_slice(&[1i64, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]).view([2, 8]);
        (vs, bert, ids, mask)
    }

    fn max_diff(a: &Tensor, b: &Tensor, mask: &Tensor) -> f64 {
        let m = mask.to_kind(Kind::Float).unsqueeze(-1);
        ((a - b) * m).abs().max().double_value(&[])
    }

    #[test]
    fn own_f32_forward_equals_rust_bert() {
        let (vs, bert, ids, mask) = tiny();
        let config = tiny_config();
        let own = OwnEncoder::from_vs(&vs, &config, Weights::F32).unwrap();
        tch::no_grad(|| {
            let want = encode(&bert, &ids, &mask, false).unwrap();
            let got = own.forward(&ids, &mask).unwrap();
            assert_eq!(got.size(), want.size());
            let d = max_diff(&got, &want, &mask);
            assert!(d < 1e-5, "max abs difference {d}");
        });
    }

    #[test]
    fn int8_forward_is_close_to_f32() {
        let (vs, bert, ids, mask) = tiny();
        let config = tiny_config();
        tch::no_grad(|| {
            let want = encode(&bert, &ids, &mask, false).unwrap();
            for w in [Weights::Int8PerTensor, Weights::Int8PerChannel] {
                let own = OwnEncoder::from_vs(&vs, &config, w).unwrap();
                let got = own.forward(&ids, &mask).unwrap();
                // Hidden states are layer-normed (unit variance per token): int8 moves
                // them by a few hundredths, and their direction hardly at all.
                let d = max_diff(&got, &want, &mask);
                let cos =
                    Tensor::cosine_similarity(&got.flatten(0, 1), &want.flatten(0, 1), 1, 1e-8)
                        .min()
                        .double_value(&[]);
                assert!(
                    d < 0.5 && cos > 0.99,
                    "{w:?}: max abs difference {d}, cosine {cos}"
                );
                assert!(d > 0.0, "{w:?}: int8 gave exactly the f32 output");
            }
        });
    }

    #[test]
    fn int8_linear_matches_the_quantised_product() {
        tch::manual_seed(3);
        let w = Tensor::randn([48, 32], (Kind::Float, Device::Cpu));
        let b = Tensor::randn([48], (Kind::Float, Device::Cpu));
        let x = Tensor::randn([5, 7, 32], (Kind::Float, Device::Cpu));
        let want = x.linear(&w, Some(&b));
        for how in [Weights::Int8PerTensor, Weights::Int8PerChannel] {
            let l = Linear::new(w.shallow_clone(), b.shallow_clone(), how).unwrap();
            let got = tch::no_grad(|| l.forward(&x));
            assert_eq!(got.size(), [5, 7, 48]);
            // Relative to the output's scale: 8-bit weights and activations.
            let rel =
                (&got - &want).abs().max().double_value(&[]) / want.abs().max().double_value(&[]);
            assert!(rel < 0.03, "{how:?}: relative error {rel}");
        }
    }
}
