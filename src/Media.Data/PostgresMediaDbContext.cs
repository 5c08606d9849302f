using Microsoft.EntityFrameworkCore;

namespace Media.Data;

public sealed class PostgresMediaDbContext(
    DbContextOptions<PostgresMediaDbContext> options, IEnumerable<IModelContributor> contributors)
    : MediaDbContext(options, contributors);
