using CroydonBot.Storage;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>A migrated database of one dialect, made for one test class and dropped after it.</summary>
public interface IStoreFixture
{
    ISqlDatabase Database { get; }
}
