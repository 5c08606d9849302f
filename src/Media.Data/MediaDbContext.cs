using Microsoft.EntityFrameworkCore;

namespace Media.Data;

/// <summary>
/// The one DbContext. It owns no entities itself: each module contributes its configurations.
/// A subclass per provider carries that provider's migrations.
/// </summary>
public abstract class MediaDbContext(DbContextOptions options, IEnumerable<IModelContributor> contributors)
    : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var contributor in contributors)
        {
            contributor.Contribute(modelBuilder);
        }
    }
}
