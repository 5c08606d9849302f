using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Media.Data;

/// <summary>Applies every <see cref="IEntityTypeConfiguration{TEntity}"/> found in a module's assembly.</summary>
public sealed class AssemblyModelContributor(Assembly assembly) : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(assembly);
}
