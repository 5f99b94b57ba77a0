import type * as vscode from 'vscode';
import type { ArticleOverrides } from './analysis/articleOverrides';
import { DocumentAnalyses } from './analysis/documentAnalyses';
import { LiveAnalysis } from './analysis/liveAnalysis';
import { ArticleFiles } from './articles/articleFiles';
import { SidecarService } from './claims/sidecarService';
import { ArticleDecorations } from './decorations/articleDecorations';
import { EditorSettingsWatcher } from './editorSettings';
import { WorkspaceIndexService } from './index/workspaceIndexService';
import { RegistryService } from './registry/registryService';
import { AnnotationsTreeProvider } from './tree/annotationsTreeProvider';
import type { WorkspaceActorStats } from './workspace/workspaceActorStats';

/** The extension's services, built once in one place; each is disposed with the extension. */
export interface Services {
	readonly context: vscode.ExtensionContext;
	readonly settings: EditorSettingsWatcher;
	/** Which documents are articles. */
	readonly articles: ArticleFiles;
	/** What the analyst set that the text does not say (reference date, quote speakers). */
	readonly overrides: ArticleOverrides;
	/** Each article's sidecar (`<article>.annotations.json`): claims, reference date, quote speakers. */
	readonly sidecars: SidecarService;
	readonly analyses: DocumentAnalyses;
	/** The current analysis of every visible article, re-run on edits. */
	readonly live: LiveAnalysis;
	readonly decorations: ArticleDecorations;
	/** Actor mentions across the workspace's articles. */
	readonly workspaceActors: WorkspaceActorStats;
	/** Every article of the workspace, indexed in the background: workspace counts and quotes, the tree's workspace scope. */
	readonly index: WorkspaceIndexService;
	/** The analyst's actor registry (`.article-annotator/actors.json`). */
	readonly registry: RegistryService;
	/** What the annotations view shows. */
	readonly annotationsTree: AnnotationsTreeProvider;
}

export function createServices(context: vscode.ExtensionContext): Services {
	const settings = new EditorSettingsWatcher();
	const articles = new ArticleFiles(settings, context.workspaceState);
	const sidecars = new SidecarService();
	const overrides: ArticleOverrides = sidecars;
	const analyses = new DocumentAnalyses(overrides);
	const live = new LiveAnalysis(analyses, articles, settings);
	const decorations = new ArticleDecorations(live);
	const index = new WorkspaceIndexService(analyses, articles, sidecars);
	const workspaceActors: WorkspaceActorStats = index;
	const registry = new RegistryService();
	const annotationsTree = new AnnotationsTreeProvider(index, articles);
	context.subscriptions.push(settings, articles, sidecars, analyses, live, decorations, index, registry, annotationsTree);
	return { context, settings, articles, overrides, sidecars, analyses, live, decorations, workspaceActors, index, registry, annotationsTree };
}
