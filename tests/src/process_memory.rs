//! A process's memory as Linux reports it in `/proc/PID/status`, for the memory benchmarks
//! (`sign-in-memory`, `view-memory`).

/// Resident memory now (VmRSS) and its peak (VmHWM), in KiB; 0 where the field cannot be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Memory {
    pub resident_kib: u64,
    pub peak_kib: u64,
}

pub fn of(pid: u32) -> Memory {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|line| line.starts_with(name))
            .and_then(|line| line.split_whitespace().nth(1))
            .and_then(|kib| kib.parse::<u64>().ok())
            .unwrap_or(0)
    };
    Memory { resident_kib: field("VmRSS:"), peak_kib: field("VmHWM:") }
}
