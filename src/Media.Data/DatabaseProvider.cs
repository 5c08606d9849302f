namespace Media.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
