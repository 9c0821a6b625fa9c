//! A private PostgreSQL cluster for tests and benchmarks: initdb in a temporary folder, started
//! on a free loopback port, stopped and removed when dropped. As root, PostgreSQL's tools run as
//! the `postgres` user (it refuses to run as root).

use std::path::PathBuf;
use std::process::Command;

/// A running PostgreSQL cluster, stopped when dropped.
pub struct Postgres {
    dir: PathBuf,
    bin: PathBuf,
    pub url: String,
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = as_postgres(&self.bin.join("pg_ctl"))
            .args(["-D"])
            .arg(self.dir.join("data"))
            .args(["-m", "immediate", "stop"])
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user.
fn as_postgres(program: &std::path::Path) -> Command {
    if is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(program);
        command
    } else {
        Command::new(program)
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

pub fn start_postgres() -> Postgres {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is installed (cargo xtask setup installs Debian's postgresql)")
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    versions.sort();
    let bin = versions.pop().expect("an initdb binary");
    let dir = std::env::temp_dir().join(format!("helder-pg-{}-{}", std::process::id(), free_port()));
    std::fs::create_dir_all(&dir).unwrap();
    if is_root() {
        Command::new("chown").args(["-R", "postgres:postgres"]).arg(&dir).status().unwrap();
    }
    let data = dir.join("data");
    let initdb = as_postgres(&bin.join("initdb"))
        .arg("-D")
        .arg(&data)
        .args(["-A", "trust", "-U", "helder", "--no-sync"])
        .output()
        .expect("initdb runs");
    assert!(initdb.status.success(), "initdb: {}", String::from_utf8_lossy(&initdb.stderr));
    let port = free_port();
    let options = format!("-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off", dir.display());
    let start = as_postgres(&bin.join("pg_ctl"))
        .arg("-D")
        .arg(&data)
        .args(["-o", &options, "-w", "-l"])
        .arg(dir.join("log"))
        .arg("start")
        .output()
        .expect("pg_ctl runs");
    assert!(start.status.success(), "pg_ctl start: {}", String::from_utf8_lossy(&start.stderr));
    Postgres { dir, bin, url: format!("postgres://helder@127.0.0.1:{port}/postgres") }
}
