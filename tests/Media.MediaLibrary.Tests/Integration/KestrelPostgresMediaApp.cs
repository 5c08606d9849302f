using Media.Data;

namespace Media.MediaLibrary.Tests.Integration;

/// <summary>The host on Kestrel with a fresh PostgreSQL database.</summary>
public sealed class KestrelPostgresMediaApp() : KestrelMediaAppFactory(DatabaseProvider.PostgreSql);
