namespace CroydonBot.Safety.Learned;

/// <summary>
/// One labelled message (or window of messages) of the training data. <paramref name="Batch"/> names the
/// development batch it came from (A, B, C, ... as tagged in sources.txt; null for data written for training),
/// so a batch can be left out of training and scored by a model that never saw it. <paramref name="Source"/> is
/// the file it was read from, relative to the repository root.
/// </summary>
public sealed record TrainingExample(string Text, bool Crisis, string? Batch, string Source);
