// Package content keeps what a task names by hash and the chain does not hold: its
// spec (the chain holds the spec's hash), the dataset the spec trains on and the
// initial weights it starts from (both named by dataset root inside the spec). A
// submitter keeps them in a Store and serves them; solvers, verifiers and whistleblowers
// fetch them into their own Store from the submitter or any mirror, re-hash everything,
// and only then act on the task.
//
// # Vocabulary
//
//   - Store: a folder (dataset.DefaultHome unless told otherwise: $VERITRAIN_DATA_DIR,
//     else the user cache folder's veritrain): specs/<spec hash>.json (the spec's canonical bytes, train.Spec.Canonical) and
//     datasets/<root>/ (a dataset.Library: datasets and initial weights alike).
//   - Mirror: a base URL serving a Store (Handler): GET /specs/<hash>.json and the
//     dataset paths of package dataset (/datasets/<root>/...). The submitter's own
//     server (veritrain serve), any solver's checkpoint server (it serves what it
//     fetched, so a verifier is not at the submitter's mercy), or one a party names.
//   - Needs (train.Spec.Needs): what a spec needs besides itself: its dataset root and
//     its initial weights' root, if any.
//
// # Invariants
//
//   - Nothing is trusted for where it came from: a spec is accepted only if its
//     canonical bytes hash to the hash asked for and it parses strictly (so the file
//     served is exactly the canonical form), a dataset only through dataset.Fetch
//     (manifest against the root, each chunk against its address). TestFetchRefusesLies.
//   - Bounded: a spec body is read up to MaxSpecBytes; a dataset is refused once its
//     manifest says it holds more than FetchOptions.MaxDataBytes, before any chunk.
//   - A Store is written atomically (a spec file appears whole; a dataset folder has a
//     manifest only once it is whole), so a fetch stopped anywhere resumes and never
//     leaves a spec that seems present but is not.
//   - Fetch returns only when the spec and every root it needs are in the Store: a
//     solver that claims after Fetch holds everything it needs to train, whatever the
//     submitter does next (TestOwnDataSubmitterStopsServing in cmd/veritrain: the
//     submitter stops serving at the claim, the solver is paid, and the verifier
//     fetches everything from the solver's server instead).
//   - A spec file of the store that is not the canonical spec of its name is ignored and
//     not served (TestStoreSpecTampered); built-in specs need no file.
package content
