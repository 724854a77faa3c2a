using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CroydonBot.Configuration;

/// <summary>Reads the human-edited YAML data files, with errors that name the file.</summary>
public static class YamlFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Missing data file: {path}");
        }
        try
        {
            return Deserializer.Deserialize<T>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException($"{path} is not valid: {ex.Message}", ex);
        }
    }
}
