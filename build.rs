//! Bakes libtorch's library folder into every binary and test as an rpath, so that
//! `cargo run` and `cargo test` need no LD_LIBRARY_PATH. DT_RPATH (not RUNPATH) is used
//! because libtorch_cpu.so itself carries no runpath for its CUDA runtime neighbours.
fn main() {
    println!("cargo:rerun-if-env-changed=DEP_TCH_LIBTORCH_LIB");
    if let Ok(lib) = std::env::var("DEP_TCH_LIBTORCH_LIB") {
        let lib = std::fs::canonicalize(&lib).unwrap_or_else(|_| lib.into());
        println!("cargo:rustc-link-arg=-Wl,--disable-new-dtags");
        println!("cargo:rustc-link-arg=-Wl,-rpath,{}", lib.display());
    }
}
