using Microsoft.EntityFrameworkCore;

namespace Media.Data;

/// <summary>A module's share of the one model: its entity type configurations.</summary>
public interface IModelContributor
{
    void Contribute(ModelBuilder modelBuilder);
}
