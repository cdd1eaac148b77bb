//! The `yibao-guide` binary: everything lives in the library; see `yibao_guide::cli`.

fn main() -> std::process::ExitCode {
    yibao_guide::cli::main()
}
