/**
 * Where the connection is stored (sessionStorage, or localStorage when remembered). Its own module
 * without imports: the build reads it too, for public/route-preload.js.
 */
export const CONNECTION_STORAGE_KEY = '4b42.connection';
