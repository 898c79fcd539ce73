import TerminalGrid

/// Which key runs which command in which context, and what the footer shows: one table.
///
/// Built from a tigrc-style text (``KeyMapParser``); ``standard`` is the browser's default
/// (``DefaultKeyMap/text``). The footer hints and the help overlay read this same value, so they
/// cannot disagree with what the keys do.
public struct KeyMap: Hashable, Sendable {
    /// One `bind` line.
    public struct Binding: Hashable, Sendable {
        public var context: KeyContext
        public var key: Key
        public var command: Command

        public init(context: KeyContext, key: Key, command: Command) {
            self.context = context
            self.key = key
            self.command = command
        }
    }

    /// One entry of a footer: a command, or two shown together (`↑/↓ déplacer`).
    public struct FooterItem: Hashable, Sendable {
        public var commands: [Command]

        public init(commands: [Command]) {
            self.commands = commands
        }
    }

    /// Every binding in the order written; a later `bind` of the same key and context replaced
    /// the earlier one, as in tigrc.
    public private(set) var bindings: [Binding] = []
    /// The footer of each context, in priority order: what does not fit is dropped from the end.
    public private(set) var footers: [KeyContext: [FooterItem]] = [:]
    private var table: [KeyContext: [Key: Command]] = [:]

    public init() {}

    /// Binds `key` in `context`, replacing an earlier binding of that key there.
    public mutating func bind(_ key: Key, to command: Command, in context: KeyContext) {
        // The table knows whether there is an earlier binding: without one (every line of the
        // default map), no walk over every binding so far, which made the parse quadratic.
        if table[context]?[key] != nil {
            bindings.removeAll { $0.context == context && $0.key == key }
        }
        bindings.append(Binding(context: context, key: key, command: command))
        table[context, default: [:]][key] = command
    }

    /// Removes the binding of `key` in `context` (its fallbacks keep theirs); false when there was none.
    @discardableResult
    public mutating func unbind(_ key: Key, in context: KeyContext) -> Bool {
        guard table[context]?[key] != nil else { return false }
        bindings.removeAll { $0.context == context && $0.key == key }
        table[context]?[key] = nil
        return true
    }

    /// Sets the footer of `context`.
    public mutating func setFooter(_ items: [FooterItem], for context: KeyContext) {
        footers[context] = items
    }

    // MARK: - Lookup

    /// The command `key` runs in `context`, looking through its fallbacks; nil when unbound.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        for candidate in context.lookupOrder {
            if let command = table[candidate]?[key] { return command }
        }
        return nil
    }

    /// The keys that run `command` in `context`, in the order they were written. A key bound
    /// to something else in a more specific context is left out: it would not run `command`.
    public func keys(for command: Command, in context: KeyContext) -> [Key] {
        let order = context.lookupOrder
        var keys: [Key] = []
        for binding in bindings where binding.command == command && order.contains(binding.context) {
            if !keys.contains(binding.key) && self.command(for: binding.key, in: context) == command {
                keys.append(binding.key)
            }
        }
        return keys
    }

    /// Every key bound to `command` anywhere, for the help overlay.
    public func allKeys(for command: Command) -> [Key] {
        var keys: [Key] = []
        for binding in bindings where binding.command == command && !keys.contains(binding.key) {
            keys.append(binding.key)
        }
        return keys
    }

    /// The map in the text ``KeyMapParser`` reads: every binding, then every footer. A map read
    /// from this text is the same map.
    public var text: String {
        var lines = bindings.map { binding in
            "bind " + binding.context.rawValue.padding(7) + " " + binding.key.description.padding(10) + " " + binding.command.rawValue
        }
        lines.append("")
        for context in KeyContext.allCases {
            guard let items = footers[context] else { continue }
            lines.append("footer " + context.rawValue.padding(7) + " "
                + items.map { $0.commands.map(\.rawValue).joined(separator: "/") }.joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The browser's default key map, ``DefaultKeyMap/text``, built from its table written in
    /// advance (DefaultKeyMap+Table.swift): parsing the text was a tenth of the browser's start.
    /// A test parses the text and checks that it gives this same map.
    public static let standard: KeyMap = {
        var map = KeyMap()
        for (context, key, command) in DefaultKeyMap.bindings { map.bind(key, to: command, in: context) }
        for (context, items) in DefaultKeyMap.footers { map.setFooter(items.map(FooterItem.init(commands:)), for: context) }
        return map
    }()
}

extension String {
    /// The string with spaces after it up to `width` characters.
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
