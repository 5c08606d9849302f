using Media.Data;

namespace Media.MediaLibrary.Tests.Integration;

/// <summary>The host on Kestrel with a fresh SQLite file.</summary>
public sealed class KestrelSqliteMediaApp() : KestrelMediaAppFactory(DatabaseProvider.Sqlite);
