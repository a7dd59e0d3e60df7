using Orleans;

namespace Mesh.Grains.Conversations;

/// <summary>Several recordings, images and typed notes of one visit, to be summarised to a template.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Template">How the summary should look.</param>
/// <param name="Audio">Recordings of the visit.</param>
/// <param name="Images">Photos or scans taken during the visit.</param>
/// <param name="Notes">Typed transcripts or notes, used like transcribed audio.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.VisitSummaryRequest")]
public sealed record VisitSummaryRequest(
    string PatientId,
    SummaryTemplate Template,
    IReadOnlyList<VisitFile> Audio,
    IReadOnlyList<VisitFile> Images,
    IReadOnlyList<string> Notes);

/// <summary>One uploaded file.</summary>
/// <param name="Name">The name it was uploaded under (for reporting only; content decides the format).</param>
/// <param name="Data">Its bytes.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.VisitFile")]
public sealed record VisitFile(string Name, byte[] Data);

/// <summary>The shape of a visit summary.</summary>
/// <param name="Sections">Section names in order, e.g. <c>complaint</c>, <c>findings</c>, <c>medications</c>, <c>plan</c>, <c>followUp</c>.</param>
/// <param name="Tone"><c>clinical</c> or <c>plain</c>.</param>
/// <param name="Language">The language to write in.</param>
/// <param name="PrescriptionFormat"><c>list</c> or <c>table</c>.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.SummaryTemplate")]
public sealed record SummaryTemplate(IReadOnlyList<string> Sections, string Tone, string Language, string PrescriptionFormat);

/// <summary>The summary and what happened to each file.</summary>
/// <param name="Summary">The summary as markdown.</param>
/// <param name="FilesProcessed">Counts and per-file errors.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.VisitSummary"), Immutable]
public sealed record VisitSummary(string Summary, FilesProcessed FilesProcessed);

/// <summary>What was done with the uploaded files.</summary>
/// <param name="Audio">Recordings transcribed.</param>
/// <param name="Images">Images analysed.</param>
/// <param name="Errors">Files that could not be used, with the reason; the others were still processed.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.FilesProcessed")]
public sealed record FilesProcessed(int Audio, int Images, IReadOnlyList<FileError> Errors);

/// <summary>A file that could not be used.</summary>
/// <param name="File">Its upload name.</param>
/// <param name="Error">Why.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.FileError"), Immutable]
public sealed record FileError(string File, string Error);
