// The rules moved to shared/ so the renderer applies the same checks optimistically.
export * from '../../../shared/domain/annotation-rules';
