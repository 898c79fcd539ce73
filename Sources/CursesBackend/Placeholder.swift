// Temporary: replaced by the backend sources.
