import Foundation
import XCTest

/// An OpenSSH server on 127.0.0.1 for a test: host and client keys made in `dir`, key authentication only,
/// every login's session running `forceCommand`. Needs root (RootTests).
final class TestSSHServer {
    let dir: String
    let port: Int
    private let process: Process

    init(dir: String, forceCommand: String, portOffset: Int32 = 0) throws {
        self.dir = dir
        let fm = FileManager.default
        // sshd's privilege-separation folder: sshd refuses it when group-writable (the office umask would make it so).
        try? fm.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        chmod("/run/sshd", 0o755)
        for key in ["host", "client"] {
            let r = spawnAndWait("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", "\(dir)/\(key)"], environment: [:])
            XCTAssertEqual(r.status, 0, r.output)
        }
        try fm.copyItem(atPath: "\(dir)/client.pub", toPath: "\(dir)/authorized_keys")
        chmod("\(dir)/authorized_keys", 0o644)
        port = 20_000 + Int((getpid() + portOffset) % 20_000)
        try """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(dir)/host
        PidFile \(dir)/sshd.pid
        AuthorizedKeysFile \(dir)/authorized_keys
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PubkeyAuthentication yes
        PermitRootLogin prohibit-password
        StrictModes no
        UsePAM no
        AcceptEnv LANG LC_*
        ForceCommand \(forceCommand)

        """.write(toFile: "\(dir)/sshd_config", atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/sshd")
        process.arguments = ["-D", "-e", "-f", "\(dir)/sshd_config"]
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // Wait until it listens.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, process.isRunning,
              spawnAndWait("/bin/bash", ["-c", "exec 3<>/dev/tcp/127.0.0.1/\(port)"], environment: [:]).status != 0 {
            usleep(100_000)
        }
        XCTAssertTrue(process.isRunning, "sshd did not start")
    }

    /// The command line that logs `login` in from a tmux pane, then says how ssh ended.
    func login(_ login: String, command: String = "") -> String {
        "env TERM=xterm-256color LANG=C.UTF-8 ssh -tt -i \(dir)/client -p \(port) -o StrictHostKeyChecking=no "
            + "-o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o SendEnv=LANG \(login)@127.0.0.1 \(command); echo SSH-ENDED $?; sleep 30"
    }

    /// Drops every connection made with this server's client key, as a lost link would.
    func dropConnections() {
        _ = spawnAndWait("/usr/bin/pkill", ["-KILL", "-f", "ssh -tt -i \(dir)/client"], environment: [:])
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
