import * as vscode from 'vscode';
import type { ClaimInput } from '../../annotations/articleAnnotations';
import { sentenceAt, speakerAround } from '../../annotations/claimContext';
import { CLAIM_STATUSES, type ClaimStatus } from '../../annotations/sidecarSchema';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';
import { claimTags } from './claimSettings';
import type { SidecarService } from './sidecarService';

/** A URI as commands receive it: a `vscode.Uri`, or its string form from JSON (hover links, scripts). */
type UriArg = vscode.Uri | string;

/** Arguments of `articleAnnotator.tagClaim`: UTF-16 offsets into the article as open. Without them, the active selection. */
export interface TagClaimArgs extends ClaimInput {
	uri: UriArg;
}

/** Arguments of the commands on one claim; a missing value is asked for. */
export interface ClaimArgs {
	uri: UriArg;
	id: string;
	status?: ClaimStatus;
	note?: string;
	speaker?: string | null;
	/** For re-attaching: the new range; the active selection when absent. */
	start?: number;
	end?: number;
}

/** A claim node of the annotations view, as its context menu passes it. */
interface ClaimNodeArg {
	location: { uri: string };
	claim: { id: string };
}

/** The arguments of a claim command, from `ClaimArgs` (hover links, code actions, scripts) or a node of the annotations view. */
function claimArgs(arg: ClaimArgs | ClaimNodeArg): ClaimArgs {
	return 'claim' in arg && 'location' in arg ? { uri: arg.location.uri, id: arg.claim.id } : arg;
}

/** Registers the commands that tag and change claims, undo and redo, and deal with a sidecar. */
export function registerClaimCommands(services: Services, sidecars: SidecarService): vscode.Disposable[] {
	const register = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
	const registerOnClaim = (id: string, run: (args: ClaimArgs) => unknown) => register(id, (arg: ClaimArgs | ClaimNodeArg) => run(claimArgs(arg)));
	return [
		register(CommandIds.tagClaim, (args?: TagClaimArgs) => tagClaim(services, sidecars, args)),
		registerOnClaim(CommandIds.setClaimStatus, async (args: ClaimArgs) => {
			const status = args.status ?? (await pickStatus(sidecars, args));
			if (status) await sidecars.change(toUri(args.uri), (annotations) => annotations.setStatus(args.id, status));
		}),
		registerOnClaim(CommandIds.editClaimNote, async (args: ClaimArgs) => {
			const current = sidecars.annotationsOf(toUri(args.uri))?.claim(args.id)?.note ?? '';
			const note = args.note ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Note on the claim'), value: current }));
			if (note !== undefined) await sidecars.change(toUri(args.uri), (annotations) => annotations.setNote(args.id, note));
		}),
		registerOnClaim(CommandIds.setClaimSpeaker, async (args: ClaimArgs) => {
			const speaker = args.speaker !== undefined ? args.speaker : await askSpeaker(services, sidecars, args);
			if (speaker !== undefined) await sidecars.change(toUri(args.uri), (annotations) => annotations.setSpeaker(args.id, speaker));
		}),
		registerOnClaim(CommandIds.removeClaim, (args: ClaimArgs) => sidecars.change(toUri(args.uri), (annotations) => annotations.remove(args.id))),
		registerOnClaim(CommandIds.reattachClaim, async (args: ClaimArgs) => {
			const uri = toUri(args.uri);
			const range = args.start !== undefined && args.end !== undefined ? { start: args.start, end: args.end } : selectionIn(uri);
			if (!range || range.start >= range.end) {
				void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to attach the claim to.'));
				return;
			}
			await sidecars.change(uri, (annotations, text) => annotations.reattach(args.id, range.start, range.end, text));
		}),
		register(CommandIds.undoAnnotation, (args?: { uri: UriArg }) => historyStep(sidecars, args, 'undo')),
		register(CommandIds.redoAnnotation, (args?: { uri: UriArg }) => historyStep(sidecars, args, 'redo')),
		register(CommandIds.openSidecar, async (args?: { uri: UriArg }) => {
			const uri = args ? toUri(args.uri) : vscode.window.activeTextEditor?.document.uri;
			if (uri) await vscode.window.showTextDocument(vscode.Uri.file(sidecars.sidecarPathOf(uri)));
		}),
		register(CommandIds.backUpSidecar, async (args?: { uri: UriArg }) => {
			const uri = args ? toUri(args.uri) : vscode.window.activeTextEditor?.document.uri;
			const backup = uri && (await sidecars.backUpAndStartFresh(uri));
			if (backup) void vscode.window.showInformationMessage(vscode.l10n.t('The old sidecar is kept as {0}.', vscode.workspace.asRelativePath(backup)));
		}),
	];
}

function toUri(uri: UriArg): vscode.Uri {
	return typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
}

/** The selection of the visible editor of `uri`, as offsets. */
function selectionIn(uri: vscode.Uri): { start: number; end: number } | undefined {
	const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri.toString());
	if (!editor) return undefined;
	return { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
}

/** Tags a claim from arguments, or from the active editor's selection (else its sentence) with a tag picked from the vocabulary. */
async function tagClaim(services: Services, sidecars: SidecarService, args?: TagClaimArgs): Promise<string | undefined> {
	if (args) {
		const { start, end, tag, status, speaker, note } = args;
		return sidecars.change(toUri(args.uri), (annotations, text) => annotations.tagClaim({ start, end, tag, status, speaker, note }, text));
	}
	const editor = vscode.window.activeTextEditor;
	if (!editor) return undefined;
	const { document } = editor;
	const text = document.getText();
	const range = editor.selection.isEmpty
		? sentenceAt(text, document.offsetAt(editor.selection.active))
		: { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
	if (!range) return undefined;
	const tag = await vscode.window.showQuickPick(claimTags(), { title: vscode.l10n.t('Tag claim as') });
	if (!tag) return undefined;
	const speaker = speakerAround(services.analyses.get(document), text, range.start, range.end);
	return sidecars.change(document.uri, (annotations, current) => annotations.tagClaim({ ...range, tag, speaker }, current));
}

async function pickStatus(sidecars: SidecarService, args: ClaimArgs): Promise<ClaimStatus | undefined> {
	const current = sidecars.annotationsOf(toUri(args.uri))?.claim(args.id)?.status;
	const items = CLAIM_STATUSES.map((status) => ({ label: status, description: status === current ? vscode.l10n.t('current') : undefined }));
	return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Status of the claim') }))?.label;
}

/** Asks for a speaker among the article's actors, or any name; an empty answer means no speaker. */
async function askSpeaker(services: Services, sidecars: SidecarService, args: ClaimArgs): Promise<string | null | undefined> {
	const uri = toUri(args.uri);
	const document = await vscode.workspace.openTextDocument(uri);
	const names = services.analyses.get(document).actors.map((actor) => actor.name);
	const current = sidecars.annotationsOf(uri)?.claim(args.id)?.speaker ?? '';
	const picked = await new Promise<string | undefined>((resolve) => {
		const pick = vscode.window.createQuickPick();
		pick.title = vscode.l10n.t('Who makes the claim? (empty: no speaker)');
		pick.items = names.map((label) => ({ label }));
		pick.value = current;
		pick.onDidAccept(() => {
			resolve(pick.selectedItems[0]?.label ?? pick.value);
			pick.hide();
		});
		pick.onDidHide(() => {
			resolve(undefined);
			pick.dispose();
		});
		pick.show();
	});
	return picked === undefined ? undefined : picked.trim() || null;
}

async function historyStep(sidecars: SidecarService, args: { uri: UriArg } | undefined, step: 'undo' | 'redo'): Promise<boolean> {
	const uri = args ? toUri(args.uri) : vscode.window.activeTextEditor?.document.uri;
	if (!uri || uri.scheme !== 'file') return false;
	const done = await sidecars.change(uri, (annotations) => (step === 'undo' ? annotations.undo() : annotations.redo()));
	if (done === false) void vscode.window.setStatusBarMessage(step === 'undo' ? vscode.l10n.t('No annotation change to undo') : vscode.l10n.t('No annotation change to redo'), 3000);
	return done ?? false;
}
