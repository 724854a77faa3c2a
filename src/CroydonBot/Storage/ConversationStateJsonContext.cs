using System.Text.Json;
using System.Text.Json.Serialization;

namespace CroydonBot.Storage;

/// <summary>
/// The conversation state's JSON, worked out at compile time with the web defaults the state has always been stored
/// with (camelCase names, read in any case): every turn reads and writes one, and the serializer's reflection-based
/// walk over the state cost more than the text itself. ConversationStateJsonTests holds it to the same text.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class ConversationStateJsonContext : JsonSerializerContext;
