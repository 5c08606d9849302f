using Media.Data;

namespace Media.Testing;

public sealed class SqliteMediaApp() : MediaAppFactory(DatabaseProvider.Sqlite);
