import BrowserCore
import Foundation

/// The user's config file, `$XDG_CONFIG_HOME/ess/config` (by default `~/.config/ess/config`).
struct UserConfigFile {
    let url: URL

    init(url: URL = XDGFolders.configFile("config")) {
        self.url = url
    }

    /// The config, and the mistakes to report (as `path:line:column: message (hint)`). With any
    /// mistake the defaults are kept whole; a missing file is no mistake.
    func load() -> (config: UserConfig, problems: [String]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (UserConfig(), []) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (UserConfig(), ["\(url.path): cannot be read (check its permissions); the default keys are used"])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (UserConfig(), ["\(url.path): is not UTF-8 text; the default keys are used"])
        }
        switch UserConfig.parse(text) {
        case .success(let config): return (config, [])
        case .failure(let errors):
            return (UserConfig(), errors.lines(path: url.path) + ["\(url.path): the defaults are used until it is fixed"])
        }
    }

    /// `~/x` as the home folder's `x`; other paths as written.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessEnvironment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
