using Media.Data;

namespace Media.Testing;

public sealed class PostgresMediaApp() : MediaAppFactory(DatabaseProvider.PostgreSql);
