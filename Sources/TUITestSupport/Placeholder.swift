// TUITestSupport
